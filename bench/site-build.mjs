#!/usr/bin/env node
// bench/site-build: builds the whole guide from a freshly seeded CMS (Next.js production server
// on loopback), then again from a local JSON snapshot of the same data, and prints what each
// build cost. Run it with `npm run bench -- site-build` (installs and builds what it needs).
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { buildSite, startSeededCms, stopProcess } from '../scripts/lib.mjs'

const work = mkdtempSync(path.join(tmpdir(), 'pilkada-bench-'))

const pages = (dir) => {
  const found = []
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const full = path.join(d, entry)
      if (statSync(full).isDirectory()) walk(full)
      else if (entry.endsWith('.html')) found.push(full)
    }
  }
  walk(dir)
  return found
}

const measure = (label, env, series = label) => {
  const dist = path.join(work, `dist-${series}`)
  const started = process.hrtime.bigint()
  const result = buildSite({
    cmsUrl,
    capture: true,
    env: { SITE_DIST: dist, SITE_BUILDS_DIR: path.join(work, `builds-${series}`), ...env },
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (!result.ok) throw new Error(`${label} build failed:\n${result.output}`)
  const root = realpathSync(dist)
  const files = pages(root)
  const sizes = files.map((file) => ({
    file,
    bytes: statSync(file).size,
    gzip: gzipSync(readFileSync(file)).length,
  }))
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a))
  const stats = JSON.parse(readFileSync(path.join(root, 'build.json'), 'utf8'))
  const gz = (file) => gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length
  // The region page whose race has the most pairs (six, in KPU's list).
  const json = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8')).data
  const most = json('data/elections.json').reduce((a, b) =>
    b.candidate_count > a.candidate_count ? b : a,
  )
  const mostSlug = json('data/regions.json').find((r) => r.code === most.region_code).slug
  return {
    label,
    stages: stats.stages,
    budgets: {
      home: gz('index.html'),
      homeEn: gz('en/index.html'),
      regions: gz('wilayah/index.html'),
      mostPairs: gz(`wilayah/${mostSlug}/index.html`),
      mostPairsLabel: `${mostSlug} (${most.candidate_count} pairs)`,
    },
    seconds,
    pages: files.length,
    pagesPerSecond: files.length / seconds,
    requests: env.SITE_SNAPSHOT ? 0 : stats.requests,
    rendered: stats.pagesRendered,
    reused: stats.pagesReused,
    totalBytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
    totalGzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    largest: `${path.relative(root, largest.file)} (${largest.bytes} B, ${largest.gzip} B gzipped)`,
  }
}

let cms
let cmsUrl
try {
  const started = await startSeededCms({ work, port: 3900 + Math.floor(Math.random() * 90) })
  cms = started.child
  cmsUrl = started.url
  // A first build warms the CMS (Next.js compiles routes on first use) and writes the snapshot.
  const snapshot = path.join(work, 'snapshot.json')
  measure('warm-up', { SITE_SNAPSHOT_OUT: snapshot })
  const fromCms = measure('cms', {})
  const fromJson = measure('snapshot', { SITE_SNAPSHOT: snapshot })
  // The same series of builds again, as the runner does: pages whose data is unchanged are
  // reused from the previous build (Astro's incremental build).
  const again = measure('incremental', {}, 'cms')
  const sources = {
    cms: 'CMS over GraphQL, full',
    snapshot: 'local JSON snapshot, full',
    incremental: 'CMS over GraphQL, incremental (no change)',
  }
  console.log('\nbench/site-build (whole guide, seeded data, this machine)')
  console.table(
    [fromCms, fromJson, again].map((r) => ({
      source: sources[r.label],
      'wall time (s)': r.seconds.toFixed(2),
      pages: r.pages,
      'rendered / reused': `${r.rendered} / ${r.reused}`,
      'pages/s': r.pagesPerSecond.toFixed(0),
      'GraphQL requests': r.requests,
      'total HTML (KB)': (r.totalBytes / 1024).toFixed(0),
      'total gzipped (KB)': (r.totalGzip / 1024).toFixed(0),
      'largest page': r.largest,
    })),
  )
  console.log('Seconds per stage of each build:')
  console.table([fromCms, fromJson, again].map((r) => ({ source: sources[r.label], ...r.stages })))
  const { budgets } = fromCms
  console.log(
    `Budgets (gzipped): home ${budgets.home} B and /en/ ${budgets.homeEn} B of 14336 B; ` +
      `/wilayah/ ${budgets.regions} B of 30720 B; ` +
      `${budgets.mostPairsLabel} ${budgets.mostPairs} B of 30720 B`,
  )
  console.log(
    `CMS round trips cost: build from CMS / build from snapshot = ${(fromCms.seconds / fromJson.seconds).toFixed(2)}×`,
  )
} finally {
  await stopProcess(cms)
  rmSync(work, { recursive: true, force: true })
}
