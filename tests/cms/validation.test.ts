import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/http'
import { lexicalParagraph } from '../helpers/lexical'

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
        message:
          'Nomor urut 3 sudah dipakai pasangan M. FARHAN – ERWIN, S.E., M.Pd. dalam pemilihan ini.',
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

/** What every text, rich-text and date field refuses, in a draft as in a published document. */
describe('bad text, sources and dates', () => {
  let token: string

  beforeAll(async () => {
    token = await login('kpu.kontributor')
  })

  const count = async (path: string) =>
    (await rest('GET', `${path}&limit=1&draft=true`, { token })).body.totalDocs

  const guide = (overrides: Record<string, unknown>) => ({
    _status: 'draft',
    title: 'Panduan uji masukan',
    slug: `uji-masukan-${Date.now()}`,
    summary: 'Ringkasan panduan uji.',
    topic: 'general',
    authority: 'kpu',
    source: 'PKPU 17/2024 pasal 9',
    body: lexicalParagraph('Isi panduan uji.'),
    ...overrides,
  })

  const refusedGuide = async (overrides: Record<string, unknown>, path = '/guides?draft=true') => {
    const before = await count('/guides?where[slug][exists]=true')
    const { status, body } = await rest('POST', path, { token, body: guide(overrides) })
    expect(await count('/guides?where[slug][exists]=true')).toBe(before)
    return { status, errors: body.errors?.[0]?.data?.errors }
  }

  it('should refuse a source line whose address the guide cannot open, with an example', async () => {
    const { status, errors } = await refusedGuide({ source: 'Kompas https://[x' }, '/guides')
    expect(status).toBe(400)
    expect(errors).toEqual([
      {
        path: 'source',
        label: expect.anything(),
        message:
          'Tautan pada sumber "Kompas https://[x" tidak dapat dibuka. Tulis alamat lengkap di akhir baris, satu tautan per baris. Contoh: "Kompas, 23-09-2024: https://www.kompas.com/…" atau "PKPU 17/2024 pasal 9".',
      },
    ])
  })

  it('should refuse a 20,000-character title, in a draft too', async () => {
    const { status, errors } = await refusedGuide({ title: 'Judul '.repeat(4_000) })
    expect(status).toBe(400)
    expect(errors).toEqual([
      {
        path: 'title',
        message: 'Teks terlalu panjang: 24.000 karakter, paling banyak 200. Persingkat teksnya.',
      },
    ])
  })

  it('should refuse a NUL character in a text', async () => {
    const { status, errors } = await refusedGuide({ summary: 'Ringkasan\u0000 uji.' })
    expect(status).toBe(400)
    expect(errors).toEqual([
      {
        path: 'summary',
        message:
          'Teks mengandung karakter kendali tersembunyi (mis. NUL). Ketik ulang bagian yang disalin dari sumber lain, lalu simpan lagi.',
      },
    ])
  })

  it.each([
    ['title', { title: 'Panduan \u202Egnirts' }],
    ['body', { body: lexicalParagraph('Isi \u2066tersembunyi\u2069.') }],
  ])('should refuse a right-to-left override in the %s', async (path, overrides) => {
    const { status, errors } = await refusedGuide(overrides)
    expect(status).toBe(400)
    expect(errors).toEqual([
      {
        path,
        message:
          'Teks mengandung karakter pembalik arah tulisan (U+202A–U+202E atau U+2066–U+2069) yang dapat menyamarkan isinya. Ketik ulang bagian yang disalin dari sumber lain, lalu simpan lagi.',
      },
    ])
  })

  it('should refuse a site-settings notice longer than 500 characters', async () => {
    const { status, body } = await rest('POST', '/globals/site-settings?draft=true', {
      token,
      body: { notice: { message: 'Pengumuman. '.repeat(50) } },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      {
        path: 'notice.message',
        message: 'Teks terlalu panjang: 600 karakter, paling banyak 500. Persingkat teksnya.',
      },
    ])
  })

  it.each([
    [
      '2024-02-30',
      'Tanggal 2024-02-30 tidak ada di kalender. Periksa hari dan bulannya (mis. Februari 2024 hanya sampai tanggal 29).',
    ],
    [
      '1900-11-27T05:00:00.000Z',
      'Tahun 1900 di luar rentang yang diterima (2020–2035). Periksa tahunnya, mis. 2024.',
    ],
    [
      '99999-11-27',
      'Tahun 99999 di luar rentang yang diterima (2020–2035). Periksa tahunnya, mis. 2024.',
    ],
  ])('should refuse the stage start %s instead of storing another day', async (start, message) => {
    const before = await count('/stages?where[key][exists]=true')
    const { status, body } = await rest('POST', '/stages?draft=true', {
      token,
      body: {
        key: 'tahapan_tanggal_salah',
        name: 'Tahapan tanggal salah',
        start,
        end: '2024-11-27T05:00:00.000Z',
        scope: 'national',
        source: 'PKPU 2/2024',
      },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([{ path: 'start', message }])
    expect(await count('/stages?where[key][exists]=true')).toBe(before)
  })
})
