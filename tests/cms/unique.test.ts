import { describe, expect, it } from 'vitest'

import { REGION_CODES } from '../helpers/fixtures'
import { login, rest } from '../helpers/http'

/**
 * Values that the database keeps unique are refused as duplicates with one specific Indonesian
 * message on the field, whichever database the suite runs on (DATABASE_URI: the embedded SQLite
 * file, or MongoDB in the MongoDB workflow), and nothing is written.
 */
describe('duplicate unique values', () => {
  const duplicateRefused = (label: string, value: string) =>
    `${label} "${value}" sudah dipakai oleh dokumen lain. Setiap ${label.toLowerCase()} hanya boleh dipakai sekali; pilih yang lain.`

  const total = async (path: string, token: string) =>
    (await rest('GET', `${path}&limit=1&draft=true`, { token })).body.totalDocs as number

  it('should refuse a second region with the code of Kota Bandung', async () => {
    const token = await login('admin')
    const where = '/regions?where[code][equals]=32.73'
    const { status, body } = await rest('POST', '/regions', {
      token,
      body: {
        code: REGION_CODES.kotaBandung,
        name: 'Kota Bandung Kedua',
        type: 'kota',
        slug: 'kota-bandung-kedua',
      },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      { path: 'code', message: duplicateRefused('Kode Kemendagri', REGION_CODES.kotaBandung) },
    ])
    expect(await total(where, token)).toBe(1)
  })

  it("should refuse a guide slug that another guide has, as the guide's own editor", async () => {
    const token = await login('kpu.kontributor')
    const { body: list } = await rest('GET', '/guides?where[slug][equals]=cara-memilih&depth=0', {
      token,
    })
    const { body: other } = await rest(
      'GET',
      '/guides?where[slug][equals]=jam-pemungutan-suara&depth=0',
      { token },
    )
    const guide = other.docs[0]
    const { status, body } = await rest('PATCH', `/guides/${guide.id}?draft=true`, {
      token,
      body: { slug: 'cara-memilih' },
    })
    expect(list.totalDocs).toBe(1)
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      { path: 'slug', message: duplicateRefused('Slug (alamat halaman)', 'cara-memilih') },
    ])
    const after = await rest('GET', `/guides/${guide.id}?draft=true&depth=0`, { token })
    expect(after.body.slug).toBe('jam-pemungutan-suara')
  })

  it('should refuse an account with an e-mail that is taken', async () => {
    const token = await login('admin')
    const where = '/users?where[email][equals]=kpu@pilkada.test'
    const { status, body } = await rest('POST', '/users', {
      token,
      body: {
        email: 'kpu@pilkada.test',
        password: 'kata-sandi-uji-panjang',
        name: 'Akun Ganda',
        role: 'contributor',
        authority: 'kpu',
        scope: 'national',
      },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      { path: 'email', message: duplicateRefused('E-mail', 'kpu@pilkada.test') },
    ])
    expect(await total(where, token)).toBe(1)
  })
})
