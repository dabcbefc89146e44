// Part of bench/graphql-ratio (the root's bench/graphql-ratio.mjs): the region-page read as
// sequential requests, one at a time, alternating between Payload's Local API in this process
// and a GraphQL POST to the CMS at CMS_URL (started with READ_CACHE=off), so that both are
// measured in the same window. Prints one JSON line of figures.
import { readdirSync, readFileSync } from 'node:fs'

import { getPayload } from 'payload'

import { REGION_PAGE_LOCAL, REGION_PAGE_QUERY } from '../../bench/regionPage.mjs'
import { createConfig } from '../src/payload.config'

const runs = Number(process.env.BENCH_RUNS || 200)
const cmsUrl = process.env.CMS_URL!
const serverPid = process.env.CMS_PID

const payload = await getPayload({ config: await createConfig() })

/** CPU time of the CMS's process group (utime + stime of each process in it), in ms. */
const serverCpu = () => {
  if (!serverPid) return Number.NaN
  let ticks = 0
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (fields[2] === serverPid) ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10 // USER_HZ is 100 on Linux
}

const local = () => payload.find(REGION_PAGE_LOCAL)
const graphql = async () => {
  const response = await fetch(`${cmsUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: REGION_PAGE_QUERY }),
  })
  const body = (await response.json()) as { errors?: unknown }
  if (body.errors) throw new Error(JSON.stringify(body.errors))
}

for (let i = 0; i < 10; i++) {
  await local()
  await graphql()
}
const times = { local: [] as number[], graphql: [] as number[] }
let localCpu = 0
let graphqlCpu = 0
for (let i = 0; i < runs; i++) {
  let started = performance.now()
  const cpu = process.cpuUsage()
  await local()
  times.local.push(performance.now() - started)
  const used = process.cpuUsage(cpu)
  localCpu += (used.user + used.system) / 1000

  const before = serverCpu()
  started = performance.now()
  await graphql()
  times.graphql.push(performance.now() - started)
  graphqlCpu += serverCpu() - before
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
console.log(
  `BENCH_RESULTS ${JSON.stringify({
    runs,
    local: median(times.local),
    graphql: median(times.graphql),
    localCpu: localCpu / runs,
    graphqlCpu: graphqlCpu / runs,
  })}`,
)
await payload.destroy()
process.exit(0)
