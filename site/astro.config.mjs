import { defineConfig, envField } from 'astro/config'

import { buildReport } from './src/lib/buildReport'

// The guide is static HTML with its CSS inlined: one request per page on a slow network.
export default defineConfig({
  // SITE_URL may list several origins (the CMS accepts the report form from each): the first is
  // the guide's canonical address.
  site:
    process.env.SITE_URL?.split(',')[0]?.trim() ||
    `http://localhost:${process.env.SITE_PORT || 4321}`,
  outDir: process.env.SITE_OUT_DIR || './dist',
  // scripts/build.mjs keeps this cache beside its builds, so that each build folder series has
  // its own incremental-build cache.
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // build.json: what the build read and rendered, for scripts/build.mjs and the runner.
  integrations: [buildReport()],
  // Region and guide pages carry a cache key (src/lib/pageViews.ts): a page whose key and code
  // are unchanged is copied from the previous build instead of being rendered again.
  experimental: { incrementalBuild: true },
  env: {
    schema: {
      CMS_GRAPHQL_URL: envField.string({
        context: 'server',
        access: 'public',
        default: 'http://localhost:3000/api/graphql',
      }),
      BUILD_DATE: envField.string({ context: 'server', access: 'public', optional: true }),
      // Where voters' browsers reach the CMS (the "Laporkan hoaks" form posts there); by
      // default the origin of CMS_GRAPHQL_URL.
      CMS_PUBLIC_URL: envField.string({ context: 'server', access: 'public', optional: true }),
    },
  },
})
