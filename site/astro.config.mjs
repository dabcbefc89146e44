import { defineConfig, envField } from 'astro/config'

// The guide is static HTML with its CSS inlined: one request per page on a slow network.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  outDir: process.env.SITE_OUT_DIR || './dist',
  trailingSlash: 'always',
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  env: {
    schema: {
      CMS_GRAPHQL_URL: envField.string({
        context: 'server',
        access: 'public',
        default: 'http://localhost:3000/api/graphql',
      }),
      SITE_SNAPSHOT: envField.string({ context: 'server', access: 'public', optional: true }),
      SITE_SNAPSHOT_OUT: envField.string({ context: 'server', access: 'public', optional: true }),
      BUILD_DATE: envField.string({ context: 'server', access: 'public', optional: true }),
    },
  },
})
