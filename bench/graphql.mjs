#!/usr/bin/env node
// bench/graphql: the region-page read (the query an app or a news site embedding a race makes
// most) as an open-loop load at fixed rates, through every layer that can answer it: GraphQL
// from the cache of public reads (by GET and by POST), GraphQL uncached, REST (cached and uncached), Payload's Local
// API in-process, and the static guide's file server serving the built page. Prints achieved
// rate, p50, p99 and errors per rate, each p99's ratio to the static server's, the CMS's
// memory at rest, at the end of the load and a while later, and how long the heaviest query the
// limits accept takes, with a normal query sent beside it (uncached).
// Run it with `npm run bench -- graphql`. Loopback only; bounded by BENCH_RATES × BENCH_SECONDS.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { CMS, buildSite, childEnv, startSeededCms, stopProcess } from '../scripts/lib.mjs'
import { serveSite } from '../scripts/siteServer.mjs'
import { heaviestWithNormal } from './heaviestQuery.mjs'
import { rss } from './lib/memory.mjs'
import { openLoop } from './lib/openLoop.mjs'
import { REGION_PAGE_QUERY } from './regionPage.mjs'

const rates = JSON.parse(process.env.BENCH_RATES || '[200, 500, 1000]')
const seconds = Number(process.env.BENCH_SECONDS || 5)
const settle = Number(process.env.BENCH_SETTLE_SECONDS || 60)
const work = mkdtempSync(path.join(tmpdir(), 'pilkada-bench-gql-'))
const port = 3700 + Math.floor(Math.random() * 90)

const REGION = REGION_PAGE_QUERY
const REST_REGION = '/api/regions?where[slug][equals]=kota-bandung&limit=1&depth=3'

const table = []
/** Waits until `base` answers a small read quickly again: a load it could not sustain is drained. */
const drained = async (base) => {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    const started = performance.now()
    await fetch(`${base}/api/regions?limit=1&depth=0`).catch(() => {})
    if (performance.now() - started < 100) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}
const run = async (layer, make, base) => {
  for (const rate of rates) {
    table.push({ layer, ...(await openLoop({ rate, seconds, make })) })
    if (base) await drained(base)
  }
}

const startCms = async (env) => {
  const started = await startSeededCms({
    work: mkdtempSync(path.join(work, 'cms-')),
    port,
    env: { RATE_LIMIT: 'off', ...env },
  })
  await fetch(`${started.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: REGION }),
  })
  return started
}
const post = (base) => () => ({
  url: `${base}/api/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: REGION }),
})

let cms
let site
const memory = {}
try {
  // 1. Uncached: the CMS with its cache of public reads switched off; the Local API beside it.
  let started = await startCms({ READ_CACHE: 'off' })
  cms = started.child
  // The Local API first, while the server is idle: an HTTP load at a rate it cannot sustain
  // leaves it working through its queue for a while after the load stops.
  const local = spawnSync('npx', ['-y', 'pnpm@10', 'exec', 'tsx', 'bench/localApi.ts'], {
    cwd: CMS,
    encoding: 'utf8',
    env: childEnv({
      DATABASE_URI: started.db,
      PAYLOAD_SECRET: started.secret,
      PAYLOAD_JOBS_AUTORUN: 'false',
      BENCH_RATES: JSON.stringify(rates),
      BENCH_SECONDS: String(seconds),
    }),
  })
  const line = local.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULTS '))
  if (!line) throw new Error(`Local API bench failed:\n${local.stderr.slice(-2000)}`)
  table.push(...JSON.parse(line.slice('BENCH_RESULTS '.length)))
  await run('GraphQL, uncached', post(started.url), started.url)
  await run('REST, uncached', () => ({ url: `${started.url}${REST_REGION}` }), started.url)
  const heaviest = []
  for (let i = 0; i < 5; i++) heaviest.push(await heaviestWithNormal(started.url))
  const failed = heaviest.find((h) => h.heavy.body.errors || h.normal.body.errors)
  if (failed) throw new Error(`heaviest query: ${JSON.stringify(failed.heavy.body.errors)}`)
  memory.heaviest = {
    heavy: Math.max(...heaviest.map((h) => h.heavy.ms)),
    normal: Math.max(...heaviest.map((h) => h.normal.ms)),
  }

  // 2. The static guide built from this CMS, served by the guide's file server.
  const dist = path.join(work, 'dist')
  const builds = path.join(work, 'builds')
  if (
    !buildSite({
      cmsUrl: started.url,
      env: { SITE_DIST: dist, SITE_BUILDS_DIR: builds, SITE_CACHE_DIR: path.join(builds, 'cache') },
    })
  )
    throw new Error('site build failed')
  await stopProcess(cms)
  const sitePort = port + 100
  site = await serveSite({ getRoot: () => realpathSync(dist), port: sitePort, host: '127.0.0.1' })
  await run('static guide', () => ({ url: `http://127.0.0.1:${sitePort}/wilayah/kota-bandung/` }))

  // 3. Cached: the default CMS; memory before and after the load.
  started = await startCms({})
  cms = started.child
  memory.rest = rss(cms.pid)
  // By GET, as apps and CDNs cache it: a hit is answered before Next.js (cms/src/cache/fastReads.ts).
  const get = { url: `${started.url}/api/graphql?query=${encodeURIComponent(REGION)}` }
  await fetch(get.url)
  await run('GraphQL GET, cached', () => get, started.url)
  await run('GraphQL POST, cached', post(started.url), started.url)
  await fetch(`${started.url}${REST_REGION}`)
  await run('REST, cached', () => ({ url: `${started.url}${REST_REGION}` }))
  memory.loaded = rss(cms.pid)
  await new Promise((resolve) => setTimeout(resolve, settle * 1000))
  memory.settled = rss(cms.pid)
} finally {
  await stopProcess(cms)
  site?.close()
  rmSync(work, { recursive: true, force: true })
}

const staticP99 = (rate) => table.find((r) => r.layer === 'static guide' && r.rate === rate)?.p99
console.log(
  `\nbench/graphql: region page of Kota Bandung, open loop, ${seconds} s per cell, loopback, this machine\n`,
)
console.log('| layer | rate req/s | achieved req/s | p50 ms | p99 ms | errors | p99 ÷ static |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const r of table) {
  console.log(
    `| ${r.layer} | ${r.rate} | ${r.achieved.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${(r.p99 / staticP99(r.rate)).toFixed(1)}× |`,
  )
}
console.log(
  `\nCMS memory (RSS of the server's process tree): at rest ${memory.rest.toFixed(0)} MB, after the cached load ${memory.loaded.toFixed(0)} MB, ${settle} s later ${memory.settled.toFixed(0)} MB`,
)
console.log(
  `\nThe heaviest query the default limits accept (bench/heaviestQuery.mjs), uncached, 5 runs: ` +
    `answered in at most ${memory.heaviest.heavy.toFixed(0)} ms; a normal query sent 100 ms ` +
    `after it answered in at most ${memory.heaviest.normal.toFixed(0)} ms.`,
)
process.exit(0)
