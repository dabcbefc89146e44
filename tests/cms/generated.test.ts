import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

import { createConfig } from '@pilkada/cms/config'
import { printGraphQLSchema, readCommittedSchema } from '@pilkada/cms/schema'

const config = () => createConfig(`file:${path.join(tmpdir(), 'pilkada-generated-check.db')}`)

/**
 * Other apps code against shared/schema.graphql, and the site and the tests against the generated
 * types. Both must be what the CMS serves, whichever database runs under it. Building a config
 * connects to nothing, so no MongoDB server is needed.
 */
describe('the generated contract', () => {
  it('should give the same GraphQL schema under MongoDB and under the embedded SQLite database', async () => {
    const sqlite = await printGraphQLSchema(config())
    const mongodb = await printGraphQLSchema(createConfig('mongodb://127.0.0.1:27017/pilkada'))
    expect(mongodb).toBe(sqlite)
  })

  it('should match the committed SDL in shared/ (run `npm run generate` after a model change)', async () => {
    expect(readCommittedSchema()).toBe(await printGraphQLSchema(config()))
  })

  it('should match the committed TypeScript types in shared/ (run `npm run generate`)', async () => {
    const output = path.join(mkdtempSync(path.join(tmpdir(), 'pilkada-types-')), 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = output
    try {
      await generateTypes(await config(), { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = new URL('../../shared/src/payload-types.ts', import.meta.url)
    expect(readFileSync(committed, 'utf8')).toBe(readFileSync(output, 'utf8'))
  })

  it('should match the committed admin import map (run `npm run generate`)', async () => {
    // Written in a scratch folder laid out as cms/src, so that its relative imports of the
    // project's own components read as in the committed file.
    const baseDir = mkdtempSync(path.join(tmpdir(), 'pilkada-importmap-'))
    const importMapFile = path.join(baseDir, 'app/(payload)/admin/importMap.js')
    mkdirSync(path.dirname(importMapFile), { recursive: true })
    const resolved = await config()
    await generateImportMap(
      {
        ...resolved,
        admin: {
          ...resolved.admin,
          importMap: { ...resolved.admin.importMap, baseDir, importMapFile },
        },
      },
      { force: true, log: false },
    )
    const committed = new URL('../../cms/src/app/(payload)/admin/importMap.js', import.meta.url)
    // Payload itself ignores leading and trailing white space when it compares import maps.
    expect(readFileSync(committed, 'utf8').trim()).toBe(readFileSync(importMapFile, 'utf8').trim())
  })
})

describe('the typed queries', () => {
  it('should be typed from the committed SDL (run `npm run generate`)', async () => {
    const { spawnSync } = await import('node:child_process')
    const shared = new URL('../../shared/', import.meta.url).pathname
    const output = path.join(mkdtempSync(path.join(tmpdir(), 'pilkada-tada-')), 'graphql-env.d.ts')
    const result = spawnSync(
      path.join(shared, 'node_modules/.bin/gql.tada'),
      ['generate-output', '--output', output],
      {
        cwd: shared,
        encoding: 'utf8',
      },
    )
    expect(result.status, result.stderr).toBe(0)
    expect(readFileSync(path.join(shared, 'src/graphql-env.d.ts'), 'utf8')).toBe(
      readFileSync(output, 'utf8'),
    )
  })
})
