#!/usr/bin/env node
// bench/publish-to-live: publishes a change through the REST API (a KPU contributor's draft,
// published by the KPU publisher) and polls the served guide until the new text appears, several
// times; prints the median and the worst. Everything runs on loopback, on the seeded data.
// Run it with `npm run bench -- publish-to-live [runs]`; with SITE_FULL_BUILD=1 every build is a
// full one, for comparison with the incremental builds that the runner makes by default.
// BENCH_TARGET=pair changes a candidate pair's name instead of a guide (Kota Bandung's pair 1,
// polled on its region page): the CMS's cached reads of pairs, races and regions are then read
// again, where a guide's publish leaves them cached.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildSiteAsync, startSeededCms, stopProcess } from '../scripts/lib.mjs'
import { createRunner, serveRunner } from '../scripts/siteRunner.mjs'
import { serveSite } from '../scripts/siteServer.mjs'

const runs = Number(process.argv[2] || 5)
const work = mkdtempSync(path.join(tmpdir(), 'pilkada-bench-live-'))
const secret = `bench-${process.pid}-${Date.now()}`
const port = 3800 + Math.floor(Math.random() * 90)
const runnerPort = port + 100
const sitePort = port + 200
const site = `http://127.0.0.1:${sitePort}`
const password = process.env.DEMO_PASSWORD || 'pilkada-demo-2024'

const api = async (method, pathname, token, body) => {
  const response = await fetch(`${cmsUrl}/api${pathname}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!response.ok)
    throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`)
  return response.json()
}
const login = async (email) => (await api('POST', '/users/login', null, { email, password })).token

let cms
let cmsUrl
const servers = []
try {
  const started = await startSeededCms({
    work,
    port,
    env: {
      SITE_REBUILD_URL: `http://127.0.0.1:${runnerPort}/rebuild`,
      SITE_REBUILD_SECRET: secret,
    },
  })
  cms = started.child
  cmsUrl = started.url
  const dist = path.join(work, 'dist')
  let lastBuild = ''
  const runner = createRunner({
    build: async () => {
      const result = await buildSiteAsync({
        cmsUrl,
        env: { SITE_DIST: dist, SITE_BUILDS_DIR: path.join(work, 'builds') },
      })
      const report = result.report ?? {}
      const stages = Object.entries(report.stages ?? {})
        .map(([stage, seconds]) => `${stage} ${seconds.toFixed(2)} s`)
        .join(', ')
      lastBuild = `${report.pagesRendered} pages rendered, ${report.pagesReused} reused; ${stages}`
      return result
    },
  })
  servers.push(await serveRunner({ runner, port: runnerPort, secret }))
  servers.push(await serveSite({ getRoot: () => dist, port: sitePort, host: '127.0.0.1' }))
  runner.signal('first build')
  await runner.settled()

  const contributor = await login('kpu.kontributor@pilkada.test')
  const publisher = await login('kpu@pilkada.test')
  const pair = process.env.BENCH_TARGET === 'pair'
  const target = pair
    ? {
        collection: 'candidates',
        query: '/candidates?where[region.code][equals]=32.73&where[ballotNumber][equals]=1&depth=0',
        page: '/wilayah/kota-bandung/',
        change: (i) => ({ headName: `UJI ${i} ${Date.now()}` }),
        text: (data) => data.headName,
      }
    : {
        collection: 'guides',
        query: '/guides?where[slug][equals]=jam-pemungutan-suara&depth=0',
        page: '/panduan/jam-pemungutan-suara/',
        change: (i) => ({
          summary: `Jam pemungutan suara diperpanjang (uji ${i}, ${Date.now()}).`,
        }),
        text: (data) => data.summary,
      }
  const { docs } = await api('GET', target.query)
  const id = docs[0].id
  const times = []
  for (let i = 1; i <= runs; i++) {
    await runner.settled()
    const data = target.change(i)
    const text = target.text(data)
    // Submitted for review, as every publish must be.
    await api('PATCH', `/${target.collection}/${id}?draft=true`, contributor, {
      ...data,
      reviewState: 'submitted',
    })
    const started = performance.now()
    await api('PATCH', `/${target.collection}/${id}`, publisher, { _status: 'published' })
    for (;;) {
      const html = await (await fetch(`${site}${target.page}`)).text()
      if (html.includes(text)) break
      if (performance.now() - started > 120_000)
        throw new Error('the change did not appear within 120 s')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    times.push((performance.now() - started) / 1000)
    await runner.settled()
    console.log(`run ${i}: ${times.at(-1).toFixed(2)} s (last build: ${lastBuild})`)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
  console.log(
    `\nbench/publish-to-live: ${runs} runs, publish of a ${pair ? 'pair' : 'guide'} (REST) → new text served (${process.env.SITE_FULL_BUILD === '1' ? 'full builds' : 'incremental builds'})`,
  )
  console.log(
    `median ${median.toFixed(2)} s, worst ${sorted.at(-1).toFixed(2)} s (goal: under 10 s)`,
  )
} finally {
  for (const server of servers) server.close()
  await stopProcess(cms)
  rmSync(work, { recursive: true, force: true })
}
process.exit(0)
