import { existsSync, writeFileSync } from 'node:fs'

import type { AstroIntegration } from 'astro'

/** What one content loader read for this build. */
export type CmsRead = {
  collection: string
  source: string
  requests: number
  entries: { id: string; data: unknown }[]
}

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
const registry = globalThis as { [READ]?: Map<string, CmsRead> }

/** Called by each content loader once it has read its collection. */
export const recordCmsRead = (read: CmsRead) => {
  registry[READ] ??= new Map()
  registry[READ].set(read.collection, read)
}

/**
 * Called by the data layer when the CMS fails: writes `{ ok: false, error }` to the file named
 * by SITE_BUILD_REPORT (set by scripts/build.mjs), so that the build's runner can say why
 * without reading the log.
 */
export const recordCmsFailure = (error: string) => {
  const file = process.env.SITE_BUILD_REPORT
  // Loaders run side by side: the first failure is the one to tell.
  if (file && !existsSync(file)) writeFileSync(file, JSON.stringify({ ok: false, error }))
}

/**
 * An Astro integration that writes `build.json` at the root of the built site: where the
 * content came from, how many GraphQL requests it took, and how many pages were rendered or
 * reused. It counts the pages that the prerenderer is asked to render; every other path of the
 * build was reused from the previous one. With SITE_SNAPSHOT_OUT set, it also writes what the
 * loaders read there (scripts/build.mjs copies the images it names; benchmarks build from it).
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
        const reads = [...(registry[READ]?.values() ?? [])]
        if (!reads.length) throw new Error('The build read no content: no report of the CMS read')
        const requests = reads.reduce((sum, read) => sum + read.requests, 0)
        const builtAt = new Date().toISOString()
        if (process.env.SITE_SNAPSHOT_OUT) {
          const snapshot = { source: reads[0]!.source, fetchedAt: builtAt, requests }
          for (const read of reads) Object.assign(snapshot, { [read.collection]: read.entries })
          writeFileSync(process.env.SITE_SNAPSHOT_OUT, JSON.stringify(snapshot))
        }
        const report: AstroBuildReport = {
          builtAt,
          source: reads[0]!.source,
          requests,
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
