import node from '@astrojs/node'
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
  vite: {
    plugins: [
      {
        // Astro 7 leaves the prerender build without its entry when an adapter resolves its own
        // entry and an integration wraps the prerenderer (buildReport counts pages that way):
        // the default prerenderer's entry, as without the adapter.
        name: 'pilkada-prerender-entry',
        configEnvironment: (name, config) =>
          name === 'prerender' && !config.build?.rolldownOptions?.input
            ? { build: { rolldownOptions: { input: 'astro/entrypoints/prerender' } } }
            : undefined,
      },
    ],
  },
  // build.json: what the build read and rendered, for scripts/build.mjs and the runner.
  integrations: [buildReport()],
  // Every page is prerendered except the editors' draft preview (src/pages/draft-preview.ts),
  // which the build runner serves on its loopback port (scripts/siteRunner.mjs): the build
  // writes the static guide to <outDir>/client and that one route to <outDir>/server.
  adapter: node({ mode: 'middleware' }),
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
