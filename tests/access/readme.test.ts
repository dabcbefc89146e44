import { readFileSync } from 'node:fs'

import { format } from 'prettier'
import { describe, expect, it } from 'vitest'

import { permissionsMarkdown } from '@pilkada/shared'

describe("the README's permission matrix", () => {
  it('should be the one the tests check (run `npm run generate` after changing permissions.ts)', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const section = readme.slice(
      readme.indexOf('<!-- permissions:start -->'),
      readme.indexOf('<!-- permissions:end -->'),
    )
    const expected = `<!-- permissions:start -->\n${permissionsMarkdown()}\n`
    const options = { parser: 'markdown' as const, printWidth: 100 }
    expect(await format(section, options)).toBe(await format(expected, options))
  })
})
