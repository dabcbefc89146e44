import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/http'

const HEAD_NAME = 'Uji Penolakan Isian'

/**
 * A save that a check refuses answers with the field at fault, in Indonesian: the message that
 * the admin's toast shows names the field by its label, and the field's own message says what
 * to do.
 */
describe('a refused field', () => {
  let bandungRace: string

  beforeAll(async () => {
    const { data } = await graphql(`
      {
        Regions(where: { code: { equals: "32.73" } }) {
          docs {
            elections {
              docs {
                id
              }
            }
          }
        }
      }
    `)
    bandungRace = data?.Regions.docs[0].elections.docs[0].id
  })
  afterEach(async () => {
    const token = await login('kpu')
    const { body } = await rest(
      'GET',
      `/candidates?where[headName][equals]=${encodeURIComponent(HEAD_NAME)}&draft=true&depth=0`,
      { token },
    )
    for (const doc of body.docs ?? []) await rest('DELETE', `/candidates/${doc.id}`, { token })
  })

  const pair = (data: Record<string, unknown>) => ({
    election: bandungRace,
    headName: HEAD_NAME,
    deputyName: 'Wakil Uji',
    nomination: 'independent',
    source: 'https://infopemilu.kpu.go.id/Pemilihan/Pasangan_calon',
    ...data,
  })

  it('should name a taken ballot number by its Indonesian label in the message of the refusal', async () => {
    const { status, body } = await rest('POST', '/candidates?draft=true', {
      token: await login('kpu.bandung'),
      body: pair({ ballotNumber: 3 }),
    })
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('Isian berikut tidak valid: Nomor urut')
    expect(body.errors[0].data.errors).toEqual([
      {
        path: 'ballotNumber',
        message:
          'Nomor urut 3 sudah dipakai pasangan M. FARHAN – ERWIN, S.E., M.Pd. dalam pemilihan ini.',
      },
    ])
  })

  it('should refuse to submit a pair whose source is the one word "lihat", showing an example', async () => {
    const { status, body } = await rest('POST', '/candidates?draft=true', {
      token: await login('kpu.bandung'),
      body: pair({ ballotNumber: 19, reviewState: 'submitted', source: 'lihat' }),
    })
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('Isian berikut tidak valid: Sumber')
    expect(body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        path: 'source',
        message:
          'Sumber "lihat" terlalu singkat untuk dikenali. Tulis nama media atau dokumennya beserta tanggal, nomor atau tautannya. Contoh: "Kompas, 23-09-2024: https://www.kompas.com/…" atau "PKPU 17/2024 pasal 9".',
      }),
    ])
  })
})
