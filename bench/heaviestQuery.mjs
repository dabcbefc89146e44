// The heaviest anonymous GraphQL query that the default limits accept (cms/src/graphql/limits.ts):
// 20 aliases (the maximum), each a page of 75 regions, cost 20 × 75 × 4 = 6,000 (the maximum).
// Measured, it outweighs the accepted shapes with joins (a join costs 100). Used by
// bench/graphql.mjs and tests/api/limits.test.ts.

export const HEAVIEST_QUERY = `{ ${Array.from(
  { length: 20 },
  (_, i) => `a${i}: Regions(limit: 75) { docs { code name } }`,
).join(' ')} }`

export const NORMAL_QUERY = '{ Regions(where: { code: { equals: "32" } }) { docs { name } } }'

const post = async (base, query) => {
  const started = performance.now()
  const response = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  const body = await response.json()
  return { status: response.status, body, ms: performance.now() - started }
}

/** Sends the heaviest query, then the normal one 100 ms later; the answers and their times. */
export const heaviestWithNormal = async (base) => {
  const heavy = post(base, HEAVIEST_QUERY)
  await new Promise((resolve) => setTimeout(resolve, 100))
  const normal = await post(base, NORMAL_QUERY)
  return { heavy: await heavy, normal }
}
