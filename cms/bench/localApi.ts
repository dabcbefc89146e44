// Part of bench/graphql (the root's bench/graphql.mjs): the same three reads through Payload's Local API, in-process, on the
// database named by DATABASE_URI. Prints one JSON line of figures. Run by bench/graphql.mjs.
import { getPayload } from 'payload'

import { createConfig } from '../src/payload.config'

const levels = JSON.parse(process.env.BENCH_LEVELS || '[1,4,16]') as number[]
const perLevel = Number(process.env.BENCH_REQUESTS || 200)
const payload = await getPayload({ config: await createConfig() })
const read = { overrideAccess: false, depth: 1 } as const

const reads: Record<string, () => Promise<unknown>> = {
  home: () =>
    Promise.all([
      payload.findGlobal({ slug: 'site-settings', ...read }),
      payload.find({ collection: 'stages', sort: ['start', 'end'], limit: 50, ...read }),
      payload.find({
        collection: 'guides',
        sort: 'order',
        limit: 20,
        select: { slug: true, title: true, summary: true },
        ...read,
      }),
    ]),
  region: () =>
    payload.find({
      collection: 'regions',
      where: { slug: { equals: 'kota-bandung' } },
      limit: 1,
      depth: 3,
      overrideAccess: false,
    }),
  guides: () => payload.find({ collection: 'guides', sort: 'order', limit: 20, ...read }),
}

const results: Record<string, unknown>[] = []
for (const [name, run] of Object.entries(reads)) {
  for (const concurrency of levels) {
    const latencies: number[] = []
    const started = performance.now()
    let next = 0
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < perLevel) {
          next++
          const t = performance.now()
          await run()
          latencies.push(performance.now() - t)
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    results.push({
      layer: 'Local API',
      query: name,
      concurrency,
      rps: latencies.length / seconds,
      p50: latencies[Math.floor(latencies.length * 0.5)],
      p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
    })
  }
}
console.log(`BENCH_RESULTS ${JSON.stringify(results)}`)
await payload.destroy()
process.exit(0)
