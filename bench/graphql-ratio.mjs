#!/usr/bin/env node
// bench/graphql-ratio: what the region-page read costs over uncached GraphQL against Payload's
// Local API, as sequential requests (one at a time, the two alternating so that both see the
// same machine), with medians and the ratio. Issue 14's goal: at most 2.5. Also prints the CPU
// time per read of each (the CMS process's for GraphQL), which a busy machine disturbs less.
// Run it with `npm run bench -- graphql-ratio`; BENCH_RUNS (200) sets the number of reads.
// BENCH_DATABASE=file:/path.db uses a copy of an already seeded database instead of seeding.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

import {
  CMS,
  childEnv,
  ensureCmsBuilt,
  startCms,
  startSeededCms,
  stopProcess,
  waitForHttp,
} from '../scripts/lib.mjs'

const runs = Number(process.env.BENCH_RUNS || 200)
const work = mkdtempSync(path.join(tmpdir(), 'pilkada-bench-ratio-'))
const port = 3700 + Math.floor(Math.random() * 90)
const env = { READ_CACHE: 'off', RATE_LIMIT: 'off' }

/** A CMS on a copy of BENCH_DATABASE, or on a freshly seeded database. */
const start = async () => {
  const seeded = process.env.BENCH_DATABASE
  if (!seeded) return startSeededCms({ work, port, env })
  const file = path.join(work, 'bench.db')
  const source = seeded.replace(/^file:/, '')
  copyFileSync(source, file)
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${file}-wal`)
  const secret = randomBytes(24).toString('hex')
  const db = `file:${file}`
  ensureCmsBuilt()
  const child = startCms({
    port,
    env: { DATABASE_URI: db, PAYLOAD_SECRET: secret, MEDIA_DIR: path.join(work, 'media'), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/api/regions?limit=1`, 120_000, child)
  return { url, child, db, secret }
}

let cms
let figures
try {
  const started = await start()
  cms = started.child
  const result = spawnSync('npx', ['-y', 'pnpm@10', 'exec', 'tsx', 'bench/graphqlRatio.ts'], {
    cwd: CMS,
    encoding: 'utf8',
    env: childEnv({
      DATABASE_URI: started.db,
      PAYLOAD_SECRET: started.secret,
      PAYLOAD_JOBS_AUTORUN: 'false',
      CMS_URL: started.url,
      CMS_PID: String(cms.pid),
      BENCH_RUNS: String(runs),
    }),
  })
  const line = result.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULTS '))
  if (!line) throw new Error(`the ratio bench failed:\n${result.stderr.slice(-2000)}`)
  figures = JSON.parse(line.slice('BENCH_RESULTS '.length))
} finally {
  await stopProcess(cms)
  rmSync(work, { recursive: true, force: true })
}

const { local, graphql, localCpu, graphqlCpu } = figures
console.log(
  `\nbench/graphql-ratio: region page of Kota Bandung, ${runs} sequential reads each, alternating, loopback\n`,
)
console.log('| read | median ms | CPU ms per read |')
console.log('| --- | --- | --- |')
console.log(`| Local API, in-process | ${local.toFixed(2)} | ${localCpu.toFixed(2)} |`)
console.log(
  `| GraphQL POST, uncached (CMS process) | ${graphql.toFixed(2)} | ${graphqlCpu.toFixed(2)} |`,
)
console.log(
  `\nGraphQL uncached ÷ Local API: ${(graphql / local).toFixed(2)}× by median latency, ` +
    `${(graphqlCpu / localCpu).toFixed(2)}× by CPU time (goal: at most 2.5×)`,
)
process.exit(0)
