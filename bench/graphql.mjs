#!/usr/bin/env node
// bench/graphql: the three reads an app makes most (home data, one region page, the guides
// list) against the running CMS (Next.js production server on loopback, seeded data), through
// GraphQL, through Payload's REST API, and through the Local API in-process, at a few
// concurrency levels. Bounded: BENCH_REQUESTS requests per cell. Loopback only.
// Run it with `npm run bench -- graphql`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { CMS, childEnv, startSeededCms, stopProcess } from '../scripts/lib.mjs'
import { heaviestWithNormal } from './heaviestQuery.mjs'

const levels = [1, 4, 16]
const perLevel = Number(process.env.BENCH_REQUESTS || 200)
const work = mkdtempSync(path.join(tmpdir(), 'pilkada-bench-gql-'))
const port = 3700 + Math.floor(Math.random() * 90)

const QUERIES = {
  home: `{ SiteSettings { votingDay votingHours notice { active message } officialLinks { label url } }
    Stages(sort: "start,end", limit: 50) { docs { key name start end } }
    Guides(sort: "order", limit: 20) { docs { slug title summary } } }`,
  region: `{ Regions(where: { slug: { equals: "kota-bandung" } }, limit: 1) { docs { code name
    province { name elections(limit: 1) { docs { office candidates(limit: 20) { docs { ballotNumber headName deputyName parties } } } } }
    elections(limit: 5) { docs { office status singleCandidate candidates(limit: 20) { docs { ballotNumber headName deputyName nomination parties source } } } } } } }`,
  guides: `{ Guides(sort: "order", limit: 20) { docs { slug title summary body source updatedAt } } }`,
}
const REST = {
  home: [
    '/api/globals/site-settings',
    '/api/stages?sort=start,end&limit=50',
    '/api/guides?sort=order&limit=20&select[slug]=true&select[title]=true&select[summary]=true',
  ],
  region: ['/api/regions?where[slug][equals]=kota-bandung&limit=1&depth=3'],
  guides: ['/api/guides?sort=order&limit=20'],
}

const measure = async (layer, query, concurrency, request) => {
  const latencies = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < perLevel) {
        next++
        const t = performance.now()
        await request()
        latencies.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    layer,
    query,
    concurrency,
    rps: latencies.length / seconds,
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
  }
}

const ok = async (response) => {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`)
  const body = await response.json()
  if (body.errors) throw new Error(JSON.stringify(body.errors))
  return body
}

let cms
try {
  const started = await startSeededCms({ work, port, env: { RATE_LIMIT: 'off' } })
  cms = started.child
  const { url: base, db, secret } = started
  const results = []
  for (const [name, query] of Object.entries(QUERIES)) {
    const body = JSON.stringify({ query })
    const gql = () =>
      fetch(`${base}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then(ok)
    const rest = () => Promise.all(REST[name].map((url) => fetch(`${base}${url}`).then(ok)))
    await gql() // warm up the route
    await rest()
    for (const concurrency of levels) {
      results.push(await measure('GraphQL', name, concurrency, gql))
      results.push(await measure('REST', name, concurrency, rest))
    }
  }
  const heaviest = []
  for (let i = 0; i < 5; i++) heaviest.push(await heaviestWithNormal(base))
  const local = spawnSync('npx', ['-y', 'pnpm@10', 'exec', 'tsx', 'bench/localApi.ts'], {
    cwd: CMS,
    encoding: 'utf8',
    env: childEnv({
      DATABASE_URI: db,
      PAYLOAD_SECRET: secret,
      PAYLOAD_JOBS_AUTORUN: 'false',
      BENCH_LEVELS: JSON.stringify(levels),
      BENCH_REQUESTS: String(perLevel),
    }),
  })
  const line = local.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULTS '))
  if (!line) throw new Error(`Local API bench failed:\n${local.stderr.slice(-2000)}`)
  results.push(...JSON.parse(line.slice('BENCH_RESULTS '.length)))

  console.log(
    `\nbench/graphql: ${perLevel} requests per cell, seeded data, loopback, this machine\n`,
  )
  console.log(
    '| query | concurrency | GraphQL req/s (p50 / p99 ms) | REST req/s (p50 / p99 ms) | Local API ops/s (p50 / p99 ms) | GraphQL ÷ Local API time |',
  )
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const name of Object.keys(QUERIES)) {
    for (const concurrency of levels) {
      const cell = (layer) =>
        results.find((r) => r.layer === layer && r.query === name && r.concurrency === concurrency)
      const f = (r) => `${r.rps.toFixed(0)} (${r.p50.toFixed(1)} / ${r.p99.toFixed(1)})`
      const g = cell('GraphQL')
      const r = cell('REST')
      const l = cell('Local API')
      console.log(
        `| ${name} | ${concurrency} | ${f(g)} | ${f(r)} | ${f(l)} | ${(g.p50 / l.p50).toFixed(1)}× |`,
      )
    }
  }
  const worst = (key) => Math.max(...heaviest.map((h) => h[key].ms)).toFixed(0)
  const failed = heaviest.find((h) => h.heavy.body.errors || h.normal.body.errors)
  if (failed) throw new Error(`heaviest query: ${JSON.stringify(failed.heavy.body.errors)}`)
  console.log(
    `\nThe heaviest query the default limits accept (bench/heaviestQuery.mjs), 5 runs: answered in ` +
      `at most ${worst('heavy')} ms; a normal query sent 100 ms after it answered in at most ` +
      `${worst('normal')} ms.`,
  )
} finally {
  await stopProcess(cms)
  rmSync(work, { recursive: true, force: true })
}
process.exit(0)
