import { writeFileSync } from 'node:fs'

import type { AstroIntegration } from 'astro'

/** What the data layer read for this build. */
export type CmsRead = { source: string; requests: number }

/** What one `astro build` did, written to `build.json` at the root of the built site. */
export type AstroBuildReport = {
  builtAt: string
  /** The CMS endpoint (or the JSON snapshot) the content came from. */
  source: string
  /** GraphQL requests the whole build made; a constant, whatever the number of pages. */
  requests: number
  /** Files Astro generated: pages, open data files and the calendar. */
  paths: number
  /** Of those, rendered in this build. */
  pagesRendered: number
  /** Of those, copied unchanged from the previous build (incremental build, same cache key). */
  pagesReused: number
  astroSeconds: number
}

// The content loaders and this integration are loaded in two module graphs of one process
// (content.config.ts through Vite, astro.config.mjs directly): they meet on a global.
const READ = Symbol.for('pilkada.site.cmsRead')
const registry = globalThis as { [READ]?: CmsRead }

/** Called by the data layer once it has read the content. */
export const recordCmsRead = (read: CmsRead) => {
  registry[READ] = read
}

/**
 * Called by the data layer when the CMS fails: writes `{ ok: false, error }` to the file named
 * by SITE_BUILD_REPORT (set by scripts/build.mjs), so that the build's runner can say why
 * without reading the log.
 */
export const recordCmsFailure = (error: string) => {
  const file = process.env.SITE_BUILD_REPORT
  if (file) writeFileSync(file, JSON.stringify({ ok: false, error }))
}

/**
 * An Astro integration that writes `build.json` at the root of the built site: where the
 * content came from, how many GraphQL requests it took, and how many pages were rendered or
 * reused. It counts the pages that the prerenderer is asked to render; every other path of the
 * build was reused from the previous one.
 */
export const buildReport = (): AstroIntegration => {
  let started = 0
  let paths = 0
  let rendered = 0
  return {
    name: 'pilkada-build-report',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        started = performance.now()
        setPrerenderer((base) => ({
          ...base,
          name: 'pilkada-counting-prerenderer',
          getStaticPaths: async () => {
            const all = await base.getStaticPaths()
            paths = all.length
            return all
          },
          render: (request, options) => {
            rendered += 1
            return base.render(request, options)
          },
        }))
      },
      'astro:build:done': ({ dir, logger }) => {
        const read = registry[READ]
        if (!read) throw new Error('The build read no content: no report of the CMS read')
        const report: AstroBuildReport = {
          builtAt: new Date().toISOString(),
          source: read.source,
          requests: read.requests,
          paths,
          pagesRendered: rendered,
          pagesReused: paths - rendered,
          astroSeconds: (performance.now() - started) / 1000,
        }
        writeFileSync(new URL('build.json', dir), JSON.stringify(report))
        logger.info(`${report.pagesRendered} pages rendered, ${report.pagesReused} reused`)
      },
    },
  }
}
