#!/usr/bin/env node
// bench/soak: a bounded soak of the CMS (Next.js production server on loopback, seeded data):
// for SOAK_SECONDS (default 180) an open-loop mix of anonymous GraphQL reads of every region
// page (so that the cache of public reads fills with distinct answers), REST reads, and a
// publish every 10 s (a KPU contributor's draft, submitted and published by the KPU publisher:
// a guide and a candidate pair in turn, the pair's making every region page's answer stale). Prints the server's memory at rest, at the end and a minute later, against the
// goal of at most twice the resting size. Run it with `npm run bench -- soak`. Loopback only.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { clearInterval, setInterval } from 'node:timers'

import { startSeededCms, stopProcess } from '../scripts/lib.mjs'
import { rss } from './lib/memory.mjs'
import { openLoop } from './lib/openLoop.mjs'

const seconds = Number(process.env.SOAK_SECONDS || 180)
const rate = Number(process.env.SOAK_RATE || 100)
const settle = Number(process.env.BENCH_SETTLE_SECONDS || 60)
const work = mkdtempSync(path.join(tmpdir(), 'pilkada-bench-soak-'))
const port = 3900 + Math.floor(Math.random() * 90)
const password = process.env.DEMO_PASSWORD || 'pilkada-demo-2024'

let cms
try {
  // CMS_NODE_OPTIONS: Node options for the CMS only (e.g. a heap limit), to compare.
  const started = await startSeededCms({
    work,
    port,
    env: {
      RATE_LIMIT: 'off',
      ...(process.env.CMS_NODE_OPTIONS ? { NODE_OPTIONS: process.env.CMS_NODE_OPTIONS } : {}),
    },
  })
  cms = started.child
  const base = started.url
  const api = async (method, pathname, token, body) => {
    const response = await fetch(`${base}/api${pathname}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status}`)
    return response.json()
  }
  const login = async (email) =>
    (await api('POST', '/users/login', null, { email, password })).token
  const contributor = await login('kpu.kontributor@pilkada.test')
  const publisher = await login('kpu@pilkada.test')
  const { docs: regions } = await api('GET', '/regions?limit=600&depth=0&select[slug]=true')
  const { docs: guides } = await api('GET', '/guides?where[slug][equals]=cara-memilih&depth=0')
  const guide = guides[0].id
  const { docs: pairs } = await api('GET', '/candidates?limit=1&depth=0&sort=ballotNumber')
  const pair = pairs[0]

  await new Promise((resolve) => setTimeout(resolve, 5000))
  const atRest = rss(cms.pid)
  let publishes = 0
  // Publishes alternate between a guide and a candidate pair: a pair's publish makes every
  // cached region page stale (regions, races and pairs are one group), a guide's only guides.
  const targets = [
    ['guides', guide, { summary: `Uji ketahanan: pemungutan suara 27 November 2024.` }],
    ['candidates', pair.id, { headName: pair.headName }],
  ]
  const publishing = setInterval(async () => {
    const [collection, id, change] = targets[publishes % targets.length]
    try {
      await api('PATCH', `/${collection}/${id}?draft=true`, contributor, {
        ...change,
        reviewState: 'submitted',
      })
      await api('PATCH', `/${collection}/${id}`, publisher, { _status: 'published' })
      publishes++
    } catch (error) {
      console.error(`[soak] publish failed: ${error.message}`)
    }
  }, 10_000)
  const query = (slug) =>
    JSON.stringify({
      query: `query ($slug: String) { Regions(where: { slug: { equals: $slug } }, limit: 1) { docs { code name
        elections(limit: 5) { docs { office candidates(limit: 10) { docs { ballotNumber headName deputyName } } } } } } }`,
      variables: { slug },
    })
  const result = await openLoop({
    rate,
    seconds,
    make: (i) =>
      i % 4 === 3
        ? { url: `${base}/api/regions/${regions[i % regions.length].id}?depth=1` }
        : {
            url: `${base}/api/graphql`,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: query(regions[i % regions.length].slug),
          },
  })
  clearInterval(publishing)
  const atEnd = rss(cms.pid)
  await new Promise((resolve) => setTimeout(resolve, settle * 1000))
  const later = rss(cms.pid)
  console.log(
    `\nbench/soak: ${seconds} s at ${rate} req/s (GraphQL reads of ${regions.length} region ` +
      `pages, REST reads), ${publishes} publishes; achieved ${result.achieved.toFixed(0)} req/s, ` +
      `p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.errors} errors`,
  )
  console.log(
    `CMS memory (RSS of the server's process tree): at rest ${atRest.toFixed(0)} MB, at the end ` +
      `${atEnd.toFixed(0)} MB, ${settle} s later ${later.toFixed(0)} MB; goal: at most ` +
      `${(2 * atRest).toFixed(0)} MB (twice at rest): ${later <= 2 * atRest ? 'met' : 'NOT met'}`,
  )
} finally {
  await stopProcess(cms)
  rmSync(work, { recursive: true, force: true })
}
process.exit(0)
