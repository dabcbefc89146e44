import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { undeclaredBreakingChanges } from '@pilkada/shared/schemaCheck'

const read = (file: string) =>
  readFileSync(new URL(`../../shared/${file}`, import.meta.url), 'utf8')

/** The public schema does not break under the apps that use it. */
describe('the GraphQL contract', () => {
  it('should make no undeclared breaking change against the released schema', () => {
    expect(
      undeclaredBreakingChanges(
        read('schema.released.graphql'),
        read('schema.graphql'),
        read('SCHEMA_CHANGELOG.md'),
      ),
    ).toEqual([])
  })

  it('should fail on a removed field unless the changelog declares it, and pass additions', () => {
    const released = read('schema.released.graphql')
    const removed = released.replace(/(type Candidate \{[^}]*?)\n {2}headName: String/, '$1')
    expect(removed).not.toBe(released)
    expect(undeclaredBreakingChanges(released, removed, '')).toEqual([
      'Candidate.headName was removed.',
    ])
    expect(
      undeclaredBreakingChanges(released, removed, '- BREAKING: Candidate.headName was removed.'),
    ).toEqual([])
    const added = released.replace(/(type Candidate \{)/, '$1\n  nickname: String')
    expect(undeclaredBreakingChanges(released, added, '')).toEqual([])
  })
})
