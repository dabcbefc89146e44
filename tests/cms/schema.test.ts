import { describe, expect, it } from 'vitest'

import { createConfig } from '@pilkada/cms/config'
import { printGraphQLSchema, readCommittedSchema } from '@pilkada/cms/schema'

/**
 * Other apps code against shared/schema.graphql. It must be what the CMS serves, whichever
 * database runs under it. Building a config connects to nothing, so no MongoDB server is needed.
 */
describe('the GraphQL schema', () => {
  it('should be the same under MongoDB and under the embedded SQLite database', async () => {
    const sqlite = await printGraphQLSchema(createConfig('file:/tmp/pilkada-schema-check.db'))
    const mongodb = await printGraphQLSchema(createConfig('mongodb://127.0.0.1:27017/pilkada'))
    expect(mongodb).toBe(sqlite)
  })

  it('should match the committed SDL in shared/ (run `npm run generate` after a model change)', async () => {
    const current = await printGraphQLSchema(createConfig('file:/tmp/pilkada-schema-check.db'))
    expect(readCommittedSchema()).toBe(current)
  })
})
