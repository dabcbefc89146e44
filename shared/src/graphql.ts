import { initGraphQLTada } from 'gql.tada'

import type { introspection } from './graphql-env.d.ts'

/** `graphql` typed from the committed schema (shared/schema.graphql, via graphql-env.d.ts). */
export const graphql = initGraphQLTada<{
  introspection: introspection
  scalars: { DateTime: string; JSON: any; EmailAddress: string }
}>()

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada'
export { readFragment } from 'gql.tada'
