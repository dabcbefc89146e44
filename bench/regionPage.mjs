// The region page of Kota Bandung (its races and pairs, and its province's race): the read that
// bench/graphql and bench/graphql-ratio measure, and tests/cms/graphqlCost.test.ts guards.
export const REGION_PAGE_QUERY = `{ Regions(where: { slug: { equals: "kota-bandung" } }, limit: 1) { docs { code name
  province { name elections(limit: 1) { docs { office candidates(limit: 20) { docs { ballotNumber headName deputyName parties } } } } }
  elections(limit: 5) { docs { office status singleCandidate candidates(limit: 20) { docs { ballotNumber headName deputyName nomination parties source } } } } } } }`

/** The same read through Payload's Local API, as bench/graphql compares it. */
export const REGION_PAGE_LOCAL = {
  collection: 'regions',
  where: { slug: { equals: 'kota-bandung' } },
  limit: 1,
  depth: 3,
  overrideAccess: false,
}
