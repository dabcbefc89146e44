import { readFileSync } from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@pilkada/cms/seed'

import { dataRows } from '../helpers/data'
import { REGION_CODES } from '../helpers/fixtures'
import { bootPayload } from '../helpers/payload'

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => {
    acc[key(item)] = (acc[key(item)] ?? 0) + 1
    return acc
  }, {})

describe('the seed', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(async () => {
    await payload.destroy()
  })

  it('should hold the 552 regions of regions.csv: 38 provinces and 514 regencies and cities', async () => {
    const { docs } = await payload.find({ collection: 'regions', pagination: false, depth: 0 })
    expect(docs).toHaveLength(552)
    expect(countBy(docs, (r) => r.type)).toEqual({
      provinsi: 38,
      kabupaten: 415,
      kota: 93,
      kabupaten_administrasi: 1,
      kota_administrasi: 5,
    })
    const bandung = docs.find((r) => r.code === REGION_CODES.kotaBandung)
    const jabar = docs.find((r) => r.code === REGION_CODES.jawaBarat)
    expect(bandung?.name).toBe('Kota Bandung')
    expect(bandung?.province).toBe(jabar?.id)
  })

  it('should hold 545 elections: 37 governors, 415 regents and 93 mayors', async () => {
    const { docs } = await payload.find({ collection: 'elections', pagination: false, depth: 0 })
    expect(docs).toHaveLength(545)
    expect(countBy(docs, (e) => e.office)).toEqual({ gubernur: 37, bupati: 415, wali_kota: 93 })
    expect(docs.every((e) => e.votingDate.startsWith('2024-11-27'))).toBe(true)
  })

  it("should hold no election for DI Yogyakarta's governor nor Jakarta's administrative units", async () => {
    const codes = ['34', '31.01', '31.71', '31.72', '31.73', '31.74', '31.75']
    const { docs: regions } = await payload.find({
      collection: 'regions',
      where: { code: { in: codes } },
      pagination: false,
      depth: 0,
    })
    expect(regions.map((r) => r.code).sort()).toEqual([...codes].sort())
    const { totalDocs } = await payload.count({
      collection: 'elections',
      where: { region: { in: regions.map((r) => r.id) } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should hold the 12 national stages of the timeline, in the order of the CSV', async () => {
    const { docs } = await payload.find({
      collection: 'stages',
      where: { scope: { equals: 'national' } },
      sort: ['start', 'end'],
      pagination: false,
      locale: 'id',
    })
    const csv = readFileSync(
      new URL('../../shared/data/pilkada_2024_timeline.csv', import.meta.url),
      'utf8',
    )
    const keys = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0])
    expect(docs).toHaveLength(12)
    expect(docs.map((s) => s.key)).toEqual(keys)
    const voting = docs.find((s) => s.key === 'pemungutan_suara')
    expect(voting?.name).toBe('Pemungutan suara')
    expect(voting?.start.slice(0, 10)).toBe('2024-11-27')
  })

  it("should hold every pair of KPU's list, in KPU's spelling, with the sample's parties merged", async () => {
    const { docs } = await payload.find({
      collection: 'candidates',
      pagination: false,
      depth: 0,
      overrideAccess: false,
    })
    const { docs: elections } = await payload.find({
      collection: 'elections',
      pagination: false,
      depth: 1,
      select: { region: true, office: true },
    })
    const raceOf = new Map(
      elections.map((e) => [
        e.id,
        `${typeof e.region === 'object' ? e.region.code : ''}/${e.office}`,
      ]),
    )
    const stored = new Map(
      docs.map((c) => [`${raceOf.get(String(c.election))}/${c.ballotNumber}`, c]),
    )
    const kpu = dataRows('candidates_2024.csv')
    expect(stored.size).toBe(kpu.length)
    for (const row of kpu) {
      const pair = stored.get(`${row.region_code}/${row.office}/${row.ballot_number}`)
      expect([pair?.headName, pair?.deputyName]).toEqual([row.head_name, row.deputy_name])
      expect(pair?.source).toMatch(/^KPU, Sirekap Pilkada 2024 .*, 2024-11-21: https:\/\//)
    }
    const sample = dataRows('candidates_sample.csv')
    for (const row of sample) {
      const pair = stored.get(`${row.region_code}/${row.office}/${row.ballot_number}`)
      if (row.parties === 'perseorangan') expect(pair?.nomination).toBe('independent')
      else expect(pair?.parties).toEqual(row.parties?.split(';'))
      expect(pair?.source).toContain(row.source_url?.split(';')[0])
    }
    expect(docs.filter((c) => c.nomination === 'unknown')).toHaveLength(kpu.length - sample.length)
    // Titled by what it is in every list of the admin, never by its id.
    expect(stored.get('32.73/wali_kota/3')?.title).toBe(
      '3. M. FARHAN – ERWIN, S.E., M.Pd. (Kota Bandung — Wali Kota)',
    )
  })

  it('should derive exactly the single-pair races of single_pair_races_2024.csv', async () => {
    const { docs } = await payload.find({
      collection: 'elections',
      where: { singleCandidate: { equals: true } },
      pagination: false,
      depth: 1,
    })
    const expected = dataRows('single_pair_races_2024.csv').map(
      (r) => `${r.region_code}/${r.office}`,
    )
    expect(
      docs.map((e) => `${typeof e.region === 'object' ? e.region.code : ''}/${e.office}`).sort(),
    ).toEqual(expected.sort())
  })

  it('should date every event of revotes_2025.csv on its region, but never by an unsourced day', async () => {
    const { docs } = await payload.find({
      collection: 'stages',
      where: { scope: { equals: 'regional' } },
      pagination: false,
      depth: 1,
      overrideAccess: false,
    })
    const rows = dataRows('revotes_2025.csv')
    expect(docs).toHaveLength(rows.length)
    for (const row of rows) {
      const day = row.event_date_sourced === 'true' ? row.event_date : row.court_decision_date
      const events = docs.filter(
        (s) => typeof s.region === 'object' && s.region?.code === row.region_code,
      )
      expect(events.map((s) => s.start.slice(0, 10))).toContain(day)
      expect(events.some((s) => s.source.includes(row.source_urls?.split(' | ')[0] ?? '-'))).toBe(
        true,
      )
    }
    const unsourced = rows.find((row) => row.event_date_sourced === 'false')!
    const sameRegion = docs.filter(
      (s) => typeof s.region === 'object' && s.region?.code === unsourced.region_code,
    )
    expect(sameRegion.map((s) => s.start.slice(0, 10))).not.toContain(unsourced.event_date)
  })

  it('should hold the polling stations of each race from tps_2024.csv', async () => {
    const { docs } = await payload.find({
      collection: 'elections',
      pagination: false,
      depth: 1,
      select: { region: true, office: true, pollingStations: true },
    })
    const tps = new Map(dataRows('tps_2024.csv').map((r) => [r.region_code, r]))
    for (const e of docs) {
      const row = tps.get(typeof e.region === 'object' ? e.region.code : '')
      const expected =
        e.office === 'gubernur' ? row?.tps_governor_race : row?.tps_regent_or_mayor_race
      expect(e.pollingStations).toBe(Number(expected))
    }
  })

  it('should mark the re-run races of Kabupaten Bangka and Kota Pangkalpinang with a reason', async () => {
    const { docs } = await payload.find({
      collection: 'elections',
      where: { status: { equals: 'rerun' } },
      locale: 'en',
      depth: 0,
    })
    expect(docs.map((e) => e.title).sort()).toEqual([
      'Kabupaten Bangka — Bupati',
      'Kota Pangkal Pinang — Wali Kota',
    ])
    expect(docs[0]?.statusReason).toMatch(/27 August 2025/)
    expect(docs[0]?.statusSource).not.toMatch(/shared\/data|FACTS|SOURCES|§/)
  })

  it("should create the README's demo accounts on the embedded database", async () => {
    const { docs } = await payload.find({
      collection: 'users',
      depth: 1,
      sort: 'email',
      pagination: false,
    })
    expect(
      docs.map((u) => [
        u.email,
        u.role,
        u.authority,
        u.scope,
        (u.regions ?? []).map((r) => (typeof r === 'object' ? r.name : r)),
      ]),
    ).toEqual([
      ['admin@pilkada.test', 'admin', 'platform', 'national', []],
      ['bawaslu.kontributor@pilkada.test', 'contributor', 'bawaslu', 'national', []],
      ['bawaslu@pilkada.test', 'publisher', 'bawaslu', 'national', []],
      ['kpu.bandung@pilkada.test', 'contributor', 'kpu', 'regional', ['Kota Bandung']],
      ['kpu.jabar@pilkada.test', 'publisher', 'kpu', 'regional', ['Jawa Barat']],
      ['kpu.kontributor@pilkada.test', 'contributor', 'kpu', 'national', []],
      ['kpu@pilkada.test', 'publisher', 'kpu', 'national', []],
    ])
  })

  it('should change nothing when run a second time', async () => {
    const snapshot = async () => {
      const result: Record<string, string[]> = {}
      for (const collection of [
        'regions',
        'elections',
        'stages',
        'candidates',
        'guides',
        'faqs',
        'users',
      ] as const) {
        const { docs } = await payload.find({
          collection,
          pagination: false,
          depth: 0,
          draft: true,
        })
        result[collection] = docs.map((d) => `${d.id}@${d.updatedAt}`).sort()
      }
      return result
    }
    const before = await snapshot()
    const created = await seed(payload)
    expect(created).toEqual({})
    expect(await snapshot()).toEqual(before)
  })
})
