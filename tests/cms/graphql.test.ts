import { describe, expect, it } from 'vitest'

import { kpuPairsByRace } from '../helpers/data'
import { REGION_CODES } from '../helpers/fixtures'
import { createPublished, graphql, login, rest } from '../helpers/http'
import { lexicalParagraph } from '../helpers/lexical'

/** The queries that the static guide and other apps make, anonymously, over real HTTP. */
describe('the public GraphQL API', () => {
  it('should list the regencies and cities of a province, then their races and candidate pairs, within the limits', async () => {
    // Under the cost limit (docs/api.md) an app asks for a province's regions first, then for
    // their races with pairs: two requests, each a page.
    const { data, errors } = await graphql(
      `
        query Province($code: String!) {
          Regions(where: { code: { equals: $code } }, limit: 1) {
            docs {
              id
              name
              elections(limit: 1) {
                docs {
                  office
                  status
                }
              }
              regencies(limit: 50) {
                docs {
                  id
                  code
                  name
                  type
                }
              }
            }
          }
        }
      `,
      { variables: { code: REGION_CODES.jawaBarat } },
    )
    expect(errors).toBeUndefined()
    const province = data?.Regions.docs[0]
    expect(province.name).toBe('Jawa Barat')
    expect(province.elections.docs).toEqual([{ office: 'gubernur', status: 'decided' }])
    expect(province.regencies.docs).toHaveLength(27)
    const bandung = province.regencies.docs.find(
      (r: { code: string }) => r.code === REGION_CODES.kotaBandung,
    )
    expect(bandung.name).toBe('Kota Bandung')
    const races = await graphql(
      `
        query Races($regions: [JSON]) {
          Elections(where: { region: { in: $regions } }, limit: 30) {
            docs {
              region {
                code
              }
              office
              singleCandidate
              candidates(limit: 10) {
                docs {
                  ballotNumber
                  headName
                  deputyName
                  nomination
                  parties
                  source
                }
              }
            }
          }
        }
      `,
      { variables: { regions: province.regencies.docs.map((r: { id: string }) => r.id) } },
    )
    expect(races.errors).toBeUndefined()
    const race = races.data?.Elections.docs.find(
      (r: { region: { code: string } }) => r.region.code === REGION_CODES.kotaBandung,
    )
    expect(race.office).toBe('wali_kota')
    expect(race.singleCandidate).toBe(false)
    expect(
      race.candidates.docs.map(
        (c: { ballotNumber: number; headName: string }) => `${c.ballotNumber}. ${c.headName}`,
      ),
    ).toEqual(
      kpuPairsByRace()
        .get('32.73/wali_kota')!
        .map((p) => `${p.ballot_number}. ${p.head_name}`),
    )
    expect(race.candidates.docs[0].source).toMatch(
      /^KPU, Sirekap Pilkada 2024 \(daftar pasangan calon\), 2024-11-21: https:\/\//,
    )
  })

  it('should answer a guide by slug in Indonesian and in English', async () => {
    const query = `
      query Guide($slug: String!, $locale: LocaleInputType) {
        Guides(where: { slug: { equals: $slug } }, locale: $locale) {
          docs { title summary source body }
        }
      }`
    const id = await graphql(query, { variables: { slug: 'jam-pemungutan-suara', locale: 'id' } })
    const en = await graphql(query, { variables: { slug: 'jam-pemungutan-suara', locale: 'en' } })
    expect(id.data?.Guides.docs[0].title).toBe('Jam pemungutan suara')
    expect(en.data?.Guides.docs[0].title).toBe('Voting hours')
    expect(JSON.stringify(id.data?.Guides.docs[0].body)).toContain('07.00–13.00 waktu setempat')
    expect(JSON.stringify(en.data?.Guides.docs[0].body)).toContain('07.00 to 13.00 local time')
    expect(id.data?.Guides.docs[0].source).toContain('PKPU 17/2024 pasal 9')
  })

  it('should fall back to Indonesian where a text has no English translation', async () => {
    const created = await createPublished('guides', {
      title: 'Hanya dalam bahasa Indonesia',
      summary: 'Ringkasan tanpa terjemahan.',
      body: lexicalParagraph('Isi hanya dalam bahasa Indonesia.'),
      topic: 'general',
      authority: 'kpu',
      source: 'PKPU 17/2024',
    })
    try {
      const { data } = await graphql(
        `
          query ($id: String!) {
            Guide(id: $id, locale: en) {
              title
              slug
            }
          }
        `,
        { variables: { id: created.id } },
      )
      expect(data?.Guide).toEqual({
        title: 'Hanya dalam bahasa Indonesia',
        slug: 'hanya-dalam-bahasa-indonesia',
      })
    } finally {
      await rest('DELETE', `/guides/${created.id}`, { token: await login('kpu') })
    }
  })

  it('should list the national stages in order, with voting day on 27 November 2024', async () => {
    const { data, errors } = await graphql(`
      {
        Stages(where: { scope: { equals: national } }, sort: "start,end", limit: 50) {
          docs {
            key
            start
            end
            name
          }
        }
      }
    `)
    expect(errors).toBeUndefined()
    const stages = data?.Stages.docs as { key: string; start: string; end: string }[]
    expect(stages).toHaveLength(12)
    const starts = stages.map((s) => s.start)
    expect(starts).toEqual([...starts].sort())
    expect(stages.every((s) => s.end >= s.start)).toBe(true)
    const voting = stages.find((s) => s.key === 'pemungutan_suara')
    expect(
      new Date(voting!.start).toLocaleDateString('id-ID', {
        timeZone: 'Asia/Jakarta',
        dateStyle: 'long',
      }),
    ).toBe('27 November 2024')
  })

  it('should serve the site settings with voting day, voting hours and the official links', async () => {
    const { data } = await graphql(`
      {
        SiteSettings(locale: en) {
          votingDay
          votingHours
          officialLinks {
            label
            url
          }
          notice {
            active
          }
        }
      }
    `)
    expect(data?.SiteSettings.votingDay.slice(0, 10)).toBe('2024-11-27')
    expect(data?.SiteSettings.votingHours).toBe('07.00–13.00 local time')
    expect(data?.SiteSettings.officialLinks.map((l: { url: string }) => l.url)).toContain(
      'https://cekdptonline.kpu.go.id',
    )
    expect(data?.SiteSettings.notice.active).toBe(false)
  })
})
