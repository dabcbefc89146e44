import { configToSchema } from '@payloadcms/graphql'
import { graphql as execute, print } from 'graphql'
import { createPayloadRequest, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createConfig } from '@pilkada/cms/config'
import { graphqlPost } from '@pilkada/cms/graphql/execute'
import { SITE_QUERIES } from '@pilkada/shared/queries'

import { REGION_PAGE_QUERY } from '../../bench/regionPage.mjs'
import { freshDatabase, suiteDatabaseKind } from '../helpers/database'
import { blankPng } from '../helpers/media'

/**
 * The GraphQL endpoint's own executor (cms/src/graphql/execute.ts) does less work per request
 * than Payload's handler: these tests hold it to the same answers, and to the database work of
 * the region page that bench/graphql-ratio measures.
 */
let payload: Payload
let config: Awaited<ReturnType<typeof createConfig>>
const statements: { sql: string; args?: unknown }[] = []

beforeAll(async () => {
  const uri = freshDatabase({
    template: inject('templateDb'),
    workDir: inject('workDir'),
    secret: inject('testSecret'),
  })
  config = await createConfig(uri)
  // Payload's request helper finds its instance by the default key: boot that one.
  payload = await getPayload({ config })
  const client = (payload.db as unknown as { client?: { execute: (...a: unknown[]) => unknown } })
    .client
  if (client) {
    const original = client.execute.bind(client)
    client.execute = (...args: unknown[]) => {
      const statement = args[0] as { sql: string; args?: unknown } | string
      statements.push(typeof statement === 'string' ? { sql: statement } : statement)
      return original(...args)
    }
  }
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

const request = (query: string, variables?: Record<string, unknown>) =>
  new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })

/** The answer of the endpoint's executor, as the bytes a client receives. */
const answer = async (query: string, variables?: Record<string, unknown>) =>
  (await graphqlPost(Promise.resolve(config))(request(query, variables))).text()

/** The answer of Payload's own schema and resolvers, without the executor's savings. */
const payloadsAnswer = async (query: string, variables?: Record<string, unknown>) => {
  const req = await createPayloadRequest({ config, request: request(query, variables) })
  const result = await execute({
    schema: configToSchema(payload.config).schema,
    source: query,
    variableValues: variables,
    contextValue: { req, headers: {} },
  })
  return JSON.stringify(result)
}

describe("the GraphQL endpoint's executor", () => {
  it('should answer the region page with the same bytes as Payload', async () => {
    const ours = await answer(REGION_PAGE_QUERY)
    expect(ours).toContain('"headName"')
    expect(ours).toBe(await payloadsAnswer(REGION_PAGE_QUERY))
  })

  it('should answer every query of the static guide with the same bytes as Payload, in both languages', async () => {
    for (const [name, document] of Object.entries(SITE_QUERIES)) {
      for (const locale of ['id', 'en']) {
        const query = print(document)
        const variables = { locale, limit: 500, page: 1 }
        const ours = await answer(query, variables)
        expect(ours, `${name} (${locale})`).toContain('"data"')
        expect(ours, `${name} (${locale})`).toBe(await payloadsAnswer(query, variables))
      }
    }
  })

  it("should answer a pair's photo and its sizes' URLs with the same bytes as Payload", async () => {
    const png = blankPng(900, 600)
    const [uploader] = (
      await payload.find({
        collection: 'users',
        where: { authority: { equals: 'kpu' } },
        limit: 1,
        overrideAccess: true,
      })
    ).docs
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'Foto uji pasangan', authority: 'kpu', uploadedBy: uploader!.id } as never,
      file: { data: png, mimetype: 'image/png', name: 'foto-uji.png', size: png.length },
      overrideAccess: true,
    })
    const [pair] = (
      await payload.find({
        collection: 'candidates',
        where: { _status: { equals: 'published' } },
        limit: 1,
        overrideAccess: true,
      })
    ).docs
    await payload.update({
      collection: 'candidates',
      id: pair!.id,
      data: { photo: photo.id },
      overrideAccess: true,
    })
    try {
      const query = `{ Candidates(where: { id: { equals: "${pair!.id}" } }) { docs { id
        photo { alt width height url sizes { thumbnail { url width height } small { url width height } medium { url width height } } } } } }`
      const ours = await answer(query)
      expect(ours).toContain('foto-uji')
      expect(ours).toBe(await payloadsAnswer(query))
    } finally {
      await payload.update({
        collection: 'candidates',
        id: pair!.id,
        data: { photo: null },
        overrideAccess: true,
      })
      await payload.delete({ collection: 'media', id: photo.id, overrideAccess: true })
    }
  })

  it('should refuse the same query twice with the same errors', async () => {
    const tooDeep = `{ Regions(limit: 600) { docs { name } } }`
    const first = await answer(tooDeep)
    expect(first).toContain('limit')
    expect(await answer(tooDeep)).toBe(first)
  })
})

describe.skipIf(suiteDatabaseKind() === 'mongodb')(
  'the region page on the embedded database',
  () => {
    it('should read at most 7 statements, none of them columns or sub-queries it does not show', async () => {
      statements.length = 0
      await answer(REGION_PAGE_QUERY)
      expect(statements.length).toBeLessThanOrEqual(7)
      const read = statements.map((s) => s.sql).join('\n')
      // The pairs' localized vision and mission, and the editors' review state, are not on the page.
      expect(read).not.toContain('candidates_locales')
      expect(read).not.toContain('"review_state"')
    })

    it("should find a race's pairs through the election index", async () => {
      statements.length = 0
      await answer(REGION_PAGE_QUERY)
      const pairs = statements.find((s) => /from "candidates" "candidates" where/.test(s.sql))!
      const { client } = payload.db as unknown as {
        client: { execute: (s: unknown) => Promise<{ rows: unknown[] }> }
      }
      const plan = await client.execute({ ...pairs, sql: `explain query plan ${pairs.sql}` })
      expect(JSON.stringify(plan.rows)).toContain('candidates_election_idx')
    })
  },
)
