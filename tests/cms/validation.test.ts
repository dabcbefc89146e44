import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/http'

/**
 * What an editor who types something wrong sees: a 400 that names the field and says, in
 * Indonesian, what is wrong; and the database as it was.
 */
describe('bad input', () => {
  let token: string
  let bandungRace: string
  let jabar: string

  beforeAll(async () => {
    token = await login('kpu.kontributor')
    const { data } = await graphql(`
      {
        Regions(where: { code: { in: ["32", "32.73"] } }, sort: "code") {
          docs {
            id
            code
            elections {
              docs {
                id
              }
            }
          }
        }
      }
    `)
    jabar = data?.Regions.docs[0].id
    bandungRace = data?.Regions.docs[1].elections.docs[0].id
  })

  const count = async (path: string) =>
    (await rest('GET', `${path}&limit=1&draft=true`, { token })).body.totalDocs

  it('should refuse a second pair with the same ballot number in one election', async () => {
    const before = await count(`/candidates?where[election][equals]=${bandungRace}`)
    const { status, body } = await rest('POST', '/candidates', {
      token,
      body: {
        election: bandungRace,
        ballotNumber: 3,
        headName: 'Nama Rekaan',
        deputyName: 'Wakil Rekaan',
        nomination: 'independent',
        source: 'https://example.org/berita',
      },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      {
        path: 'ballotNumber',
        message: 'Nomor urut 3 sudah dipakai pasangan Muhammad Farhan – Erwin dalam pemilihan ini.',
      },
    ])
    expect(await count(`/candidates?where[election][equals]=${bandungRace}`)).toBe(before)
  })

  it('should refuse a candidate pair without a source, through GraphQL too', async () => {
    const before = await count(`/candidates?where[election][equals]=${bandungRace}`)
    const { errors } = await graphql(
      `
        mutation ($election: String!) {
          createCandidate(
            data: {
              election: $election
              ballotNumber: 9
              headName: "Nama Rekaan"
              deputyName: "Wakil Rekaan"
              nomination: "independent"
              status: confirmed
              source: ""
            }
          ) {
            id
          }
        }
      `,
      { token, variables: { election: bandungRace } },
    )
    expect(errors?.[0]?.extensions?.data).toMatchObject({
      errors: [{ path: 'source', message: expect.stringContaining('Sumber wajib diisi') }],
    })
    expect(await count(`/candidates?where[election][equals]=${bandungRace}`)).toBe(before)
  })

  it('should refuse a stage that ends before it starts', async () => {
    const before = await count('/stages?where[key][exists]=true')
    const { status, body } = await rest('POST', '/stages', {
      token,
      body: {
        key: 'tahapan_terbalik',
        name: 'Tahapan terbalik',
        start: '2024-11-27T05:00:00.000Z',
        end: '2024-11-20T05:00:00.000Z',
        scope: 'national',
        source: 'PKPU 2/2024',
      },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      {
        path: 'end',
        label: expect.anything(),
        message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
      },
    ])
    expect(await count('/stages?where[key][exists]=true')).toBe(before)
  })

  it('should refuse a region code that is not in the Kemendagri format', async () => {
    const before = await count('/regions?where[code][exists]=true')
    const { status, body } = await rest('POST', '/regions', {
      token: await login('admin'),
      body: {
        code: '3273',
        name: 'Kota Contoh',
        type: 'kota',
        province: jabar,
        slug: 'kota-contoh',
      },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      {
        path: 'code',
        label: expect.anything(),
        message:
          'Kode wilayah "3273" tidak sesuai format Kemendagri: provinsi "NN" (mis. 32), kabupaten/kota "NN.NN" (mis. 32.73).',
      },
    ])
    expect(await count('/regions?where[code][exists]=true')).toBe(before)
  })
})
