import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cmsUrl, graphql } from '../helpers/http'
import { startIsolatedCms } from '../helpers/isolatedCms'

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })

const stillAnswers = async () => {
  const { data } = await graphql(`
    {
      Regions(where: { code: { equals: "32" } }) {
        docs {
          name
        }
      }
    }
  `)
  expect(data?.Regions.docs[0].name).toBe('Jawa Barat')
}

/** What a hostile or careless client cannot do, and what it is told. */
describe('the limits of the public GraphQL API', () => {
  it('should refuse a query nested too deep', async () => {
    const deep = `{ Candidates(limit: 1) { docs { election { region { province { elections { docs { candidates { docs { election { region { province { name } } } } } } } } } } } } }`
    const { errors } = await graphql(deep)
    expect(errors?.[0]?.message).toMatch(/^Kueri terlalu dalam: paling banyak 12 tingkat/)
    await stillAnswers()
  })

  it('should refuse limit: 0, pagination: false and a limit above the maximum', async () => {
    for (const args of ['limit: 0', 'pagination: false', 'limit: 100000']) {
      const { data, errors } = await graphql(`{ Regions(${args}) { docs { code } } }`)
      expect(errors?.[0]?.message, args).toMatch(
        /^(limit harus antara 1 dan 500|pagination: false tidak diizinkan)/,
      )
      expect(data).toBeUndefined()
    }
    const viaVariables = await graphql(
      `
        query ($n: Int) {
          Regions(limit: $n) {
            docs {
              code
            }
          }
        }
      `,
      { variables: { n: 0 } },
    )
    expect(viaVariables.errors?.[0]?.message).toMatch(/^limit harus antara 1 dan 500/)
    await stillAnswers()
  })

  it('should refuse a query whose lists multiply past the cost limit', async () => {
    const { errors } = await graphql(`
      {
        Regions(limit: 500) {
          docs {
            regencies(limit: 100) {
              docs {
                elections(limit: 100) {
                  docs {
                    candidates(limit: 100) {
                      docs {
                        headName
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    `)
    expect(errors?.[0]?.message).toMatch(
      /^Kueri terlalu mahal \(biaya \d+, paling banyak 1000000\)/,
    )
    await stillAnswers()
  })

  it('should refuse too many aliases', async () => {
    const aliases = Array.from(
      { length: 25 },
      (_, i) => `r${i}: Regions(limit: 1) { docs { code } }`,
    ).join('\n')
    const { errors } = await graphql(`{ ${aliases} }`)
    expect(errors?.[0]?.message).toMatch(/^Terlalu banyak alias: paling banyak 20/)
  })

  it('should refuse batched operations and oversized requests', async () => {
    const batch = await post(
      JSON.stringify([
        { query: '{ Regions { totalDocs } }' },
        { query: '{ Guides { totalDocs } }' },
      ]),
    )
    expect(batch.status).toBe(400)
    expect((await batch.json()).errors[0].message).toMatch(
      /^Satu operasi per permintaan: batching tidak didukung/,
    )
    const huge = await post(
      JSON.stringify({ query: `{ Regions { totalDocs } } ${'#'.repeat(200_000)}` }),
    )
    expect(huge.status).toBe(413)
    await stillAnswers()
  })

  it('should hide drafts, accounts, audit entries and editorial fields from anonymous readers', async () => {
    const { data, errors } = await graphql(`
      {
        Candidates(limit: 5) {
          docs {
            headName
            lastEditedBy {
              email
            }
            publishedBy {
              email
            }
            election {
              title
            }
          }
        }
        versionsGuides(limit: 5) {
          docs {
            id
          }
        }
      }
    `)
    expect(
      data?.Candidates.docs.every(
        (c: Record<string, unknown>) => c.lastEditedBy === null && c.publishedBy === null,
      ),
    ).toBe(true)
    expect(data?.versionsGuides ?? null).toBeNull()
    expect(errors?.map((e) => e.path?.[0] ?? e.message)).toContain('versionsGuides')
    const accounts = await graphql(`
      {
        Users {
          docs {
            email
          }
        }
      }
    `)
    expect(accounts.data?.Users ?? null).toBeNull()
    const audit = await graphql(`
      {
        AuditLogs {
          docs {
            actorEmail
          }
        }
      }
    `)
    expect(audit.data?.AuditLogs ?? null).toBeNull()
    const status = await graphql(`
      {
        SiteBuildStatus {
          status
        }
      }
    `)
    expect(status.data?.SiteBuildStatus ?? null).toBeNull()
  })

  it('should serve anonymous read queries by GET with Cache-Control and an ETag, and 304 when unchanged', async () => {
    const url = `${cmsUrl()}/api/graphql?query=${encodeURIComponent('{ Stages(limit: 3, sort: "start") { docs { key } } }')}`
    const first = await fetch(url)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
    )
    const etag = first.headers.get('etag')!
    const body = await first.text()
    expect(JSON.parse(body).data.Stages.docs).toHaveLength(3)
    const second = await fetch(url)
    expect([second.headers.get('etag'), await second.text()]).toEqual([etag, body])
    const revalidated = await fetch(url, { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
    const mutation = await fetch(
      `${cmsUrl()}/api/graphql?query=${encodeURIComponent('mutation { logoutUser }')}`,
    )
    expect(mutation.status).toBe(405)
  })

  it('should let any origin read anonymously, and send credentials only to configured origins', async () => {
    const response = await post(JSON.stringify({ query: '{ Regions(limit: 1) { totalDocs } }' }), {
      origin: 'https://berita.example',
    })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })
})

describe('the rate limit', () => {
  let cms: Awaited<ReturnType<typeof startIsolatedCms>>
  beforeAll(async () => {
    cms = await startIsolatedCms({
      RATE_LIMIT_PER_MINUTE: '20',
      CORS_ORIGINS: 'https://admin.kpu.example',
    })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('should answer 429 with Retry-After past the limit, per client', async () => {
    const ask = (client: string) =>
      fetch(`${cms.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ query: '{ Regions(limit: 1) { totalDocs } }' }),
      })
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) statuses.push((await ask('203.0.113.7')).status)
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(20)
    const refused = await ask('203.0.113.7')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await ask('198.51.100.9')).status).toBe(200)
  })

  it('should allow credentials from a configured origin', async () => {
    const response = await fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://admin.kpu.example',
        'x-forwarded-for': '192.0.2.50',
      },
      body: JSON.stringify({ query: '{ Regions(limit: 1) { totalDocs } }' }),
    })
    expect(response.headers.get('access-control-allow-origin')).toBe('https://admin.kpu.example')
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
  })
})

describe('the production API surface', () => {
  it('should refuse introspection, make no field suggestions, and publish the SDL instead', async () => {
    const introspection = await graphql(`
      {
        __schema {
          types {
            name
          }
        }
      }
    `)
    expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/)
    const typo = await graphql(`
      {
        Regionz {
          docs {
            code
          }
        }
      }
    `)
    expect(typo.errors?.[0]?.message).toBe('Cannot query field "Regionz" on type "Query".')
    expect((await fetch(`${cmsUrl()}/api/graphql-playground`)).status).toBe(404)
    const sdl = await (await fetch(`${cmsUrl()}/api/graphql-schema`)).text()
    expect(sdl).toContain(
      readFileSync(new URL('../../shared/schema.graphql', import.meta.url), 'utf8'),
    )
  })

  it("should run the guide's own queries as trusted documents by id", async () => {
    const sdl = await (await fetch(`${cmsUrl()}/api/graphql-schema`)).text()
    const id = sdl.match(/# trusted document ([0-9a-f]{64}): Stages/)?.[1]
    expect(id).toBeDefined()
    const variables = encodeURIComponent(JSON.stringify({ locale: 'id', limit: 2, page: 1 }))
    const response = await fetch(`${cmsUrl()}/api/graphql?id=${id}&variables=${variables}`)
    expect(response.status).toBe(200)
    expect((await response.json()).data.Stages.docs.map((s: { key: string }) => s.key)).toEqual([
      'syarat_dukungan_perseorangan',
      'pemutakhiran_daftar_pemilih',
    ])
    expect((await fetch(`${cmsUrl()}/api/graphql?id=${'0'.repeat(64)}`)).status).toBe(404)
  })
})
