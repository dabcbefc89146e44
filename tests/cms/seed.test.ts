import { readFileSync } from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@pilkada/cms/seed'

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
    const bandung = docs.find((r) => r.code === '32.73')
    const jabar = docs.find((r) => r.code === '32')
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

  it('should hold the 28 sample pairs with sources, and derive the single-pair race of Surabaya', async () => {
    const { docs } = await payload.find({
      collection: 'candidates',
      pagination: false,
      depth: 1,
      sort: 'ballotNumber',
    })
    expect(docs).toHaveLength(28)
    expect(docs.every((c) => /https:\/\//.test(c.source))).toBe(true)
    const { docs: elections } = await payload.find({
      collection: 'elections',
      where: { singleCandidate: { equals: true } },
      depth: 1,
    })
    expect(elections.map((e) => e.title)).toEqual(['Kota Surabaya — Wali kota'])
    const jakarta = docs.filter(
      (c) =>
        typeof c.election === 'object' &&
        c.election.title === 'Daerah Khusus Ibukota Jakarta — Gubernur',
    )
    expect(jakarta.map((c) => `${c.ballotNumber}. ${c.headName}`)).toEqual([
      '1. Ridwan Kamil',
      '2. Dharma Pongrekun',
      '3. Pramono Anung',
    ])
    expect(jakarta[1]?.nomination).toBe('independent')
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
      'Kota Pangkal Pinang — Wali kota',
    ])
    expect(docs[0]?.statusReason).toMatch(/27 August 2025/)
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
