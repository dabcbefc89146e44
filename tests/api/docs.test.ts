import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { graphql } from '../helpers/http'

const VARIABLES: Record<string, Record<string, unknown>> = {
  Region: { slug: 'kota-bandung' },
  Guides: { topic: 'voting' },
  Changed: { since: '2024-01-01T00:00:00.000Z' },
}

/** Every query in docs/api.md runs, anonymously, against the CMS and answers data. */
describe('the examples of docs/api.md', () => {
  const docs = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8')
  const examples = [...docs.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!)

  it('should find the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4)
  })

  for (const [index, query] of examples.entries()) {
    it(`should answer example ${index + 1} without errors`, async () => {
      const name = query.match(/query (\w+)/)?.[1] ?? ''
      const { data, errors } = await graphql(query, { variables: VARIABLES[name] })
      expect(errors).toBeUndefined()
      const [first] = Object.values(data ?? {}) as { docs: unknown[] }[]
      expect(first?.docs.length).toBeGreaterThan(0)
    })
  }
})
