// Part of bench/graphql (the root's bench/graphql.mjs): the region-page read through Payload's
// Local API, in-process, on the database named by DATABASE_URI, as an open-loop load at the
// same rates. Prints one JSON line of figures. Run by bench/graphql.mjs.
import { getPayload } from 'payload'

import { createConfig } from '../src/payload.config'

const rates = JSON.parse(process.env.BENCH_RATES || '[200]') as number[]
const seconds = Number(process.env.BENCH_SECONDS || 5)
const payload = await getPayload({ config: await createConfig() })

const read = () =>
  payload.find({
    collection: 'regions',
    where: { slug: { equals: 'kota-bandung' } },
    limit: 1,
    depth: 3,
    overrideAccess: false,
  })

const results: Record<string, unknown>[] = []
await read()
for (const rate of rates) {
  const total = Math.round(rate * seconds)
  const latencies: number[] = []
  let errors = 0
  const started = performance.now()
  const pending: Promise<void>[] = []
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
    pending.push(
      read().then(
        () => void latencies.push(performance.now() - due),
        () => void (errors += 1),
      ),
    )
  }
  await Promise.all(pending)
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  results.push({
    layer: 'Local API',
    rate,
    achieved: total / elapsed,
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
    errors,
  })
}
console.log(`BENCH_RESULTS ${JSON.stringify(results)}`)
await payload.destroy()
process.exit(0)
