import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { distance, regionFinder, regionSearchIndex } from '@pilkada/site/lib/regionSearch'

/** The 552 regions as the CMS holds them, from the reference data it is seeded with. */
const regions = (() => {
  const csv = readFileSync(new URL('../../shared/data/regions.csv', import.meta.url), 'utf8')
  const [, ...rows] = csv.trim().split('\n')
  return rows.map((row) => {
    const [code, name, type, province] = row.split(',')
    const slug = name!.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    return {
      id: code!,
      name: name!,
      slug,
      type: type!,
      province: province ? { id: province } : null,
    }
  })
})()
const find = regionFinder(regionSearchIndex(regions))

describe('the region search', () => {
  it.each([
    ['Kab Bandung', 'Kabupaten Bandung'],
    ['kota bandung', 'Kota Bandung'],
    ['Kab. Garut', 'Kabupaten Garut'],
    ['provinsi jawa barat', 'Jawa Barat'],
    ['DKI Jakarta', 'Daerah Khusus Ibukota Jakarta'],
    ['Pangkalpinang', 'Kota Pangkal Pinang'],
    ['Baubau', 'Kota Bau Bau'],
    ['Palangka Raya', 'Kota Palangkaraya'],
    ['Tolitoli', 'Kabupaten Toli-Toli'],
    ['Fakfak', 'Kabupaten Fak Fak'],
    ['Surabya', 'Kota Surabaya'],
    ['Pekanbru', 'Kota Pekanbaru'],
  ])('should put %j first as %j', (query, name) => {
    expect(find(query)[0]?.name).toBe(name)
  })

  it('should find the province and the city of Yogyakarta by their common names', () => {
    for (const query of ['Jogja', 'Yogya', 'DIY'])
      expect(
        find(query, 2)
          .map((hit) => hit.name)
          .sort(),
      ).toEqual(['Daerah Istimewa Yogyakarta', 'Kota Yogyakarta'])
  })

  it('should give a region its slug and province', () => {
    expect(find('Pangkal Pinang')[0]).toEqual({
      name: 'Kota Pangkal Pinang',
      province: 'Kepulauan Bangka Belitung',
      slug: 'kota-pangkal-pinang',
    })
  })

  it('should find nothing rather than anything for a word that is no region', () => {
    expect(find('qwertyuiop')).toEqual([])
  })

  it('should count a swap of two letters as one typo', () => {
    expect(distance('smearang', 'semarang')).toBe(1)
    expect(distance('bandung', 'bnadugn')).toBe(2)
  })
})
