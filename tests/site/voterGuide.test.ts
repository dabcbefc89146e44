import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import { formatDate } from '@pilkada/site/lib/dates'

import { dataRows, kpuPairsByRace } from '../helpers/data'
import { REGION_CODES } from '../helpers/fixtures'
import { allFiles, page, read, text } from '../helpers/site'

/**
 * The region pages of the guide built from the seeded CMS (setup/global.ts) against the data
 * files they come from: every pair, every single-pair race, every event after voting day.
 */
describe('the region pages, against KPU’s lists', () => {
  const regions = (
    JSON.parse(read('data/regions.json')) as { data: { code: string; slug: string }[] }
  ).data
  const slugOf = new Map(regions.map((r) => [r.code, r.slug]))
  const regionPage = (code: string) => page(`/wilayah/${slugOf.get(code)}/`)

  it("should list every pair of KPU's list on its region page, in ballot order", () => {
    const races = kpuPairsByRace()
    expect([...races.values()].flat()).toHaveLength(1557)
    for (const [race, pairs] of races) {
      const [code, office] = race.split('/') as [string, string]
      const shown = regionPage(code)
        .querySelectorAll(`[aria-labelledby=pemilihan-${office}] .pair h4`)
        .map(text)
      expect(shown, race).toEqual(
        // As a browser shows them: runs of spaces in KPU's names collapse to one.
        pairs.map((p) =>
          `${p.ballot_number} ${p.head_name} – ${p.deputy_name}`.replace(/\s+/g, ' ').trim(),
        ),
      )
    }
  })

  it('should explain each race against the empty box on its page', () => {
    const single = dataRows('single_pair_races_2024.csv')
    expect(single).toHaveLength(37)
    for (const row of single) {
      const race = regionPage(row.region_code!).querySelector(
        `[aria-labelledby=pemilihan-${row.office}]`,
      )
      expect(race?.querySelectorAll('.box').map(text), row.region_code).toContainEqual(
        expect.stringMatching(/^Calon tunggal: pasangan ini melawan kotak kosong/),
      )
    }
  })

  it('should show each event after voting day with its date and its first source', () => {
    for (const row of dataRows('revotes_2025.csv')) {
      const race = regionPage(row.region_code!).querySelector(
        `[aria-labelledby=pemilihan-${row.office}]`,
      )
      const events = race?.querySelectorAll('ol.events li') ?? []
      const day = row.event_date_sourced === 'true' ? row.event_date! : row.court_decision_date!
      const event = events.find((li) =>
        text(li).startsWith(formatDate(`${day}T05:00:00.000Z`, 'id')),
      )
      expect(event, `${row.region_code} ${row.event} ${day}`).toBeDefined()
      const links = event!.querySelectorAll('.source a').map((a) => a.getAttribute('href'))
      expect(links).toContain(row.source_urls!.split(' | ')[0])
    }
  })

  it('should send every region page’s voter to cekdptonline, infopemilu and the report form', () => {
    for (const { slug } of regions) {
      for (const prefix of ['', '/en']) {
        const links = page(`${prefix}/wilayah/${slug}/`)
          .querySelectorAll('#pemilih ~ ul a, [aria-labelledby=pemilih] a')
          .map((a) => a.getAttribute('href'))
        expect(links, slug).toContain('https://cekdptonline.kpu.go.id/')
        expect(links, slug).toContain('https://infopemilu.kpu.go.id/')
        expect(links, slug).toContain(`${prefix}/lapor/`)
      }
    }
  })

  it('should show sources as outlet and date, never a file name or an ISO date', () => {
    let sources = 0
    for (const { file, text: html } of allFiles()) {
      if (!file.endsWith('.html')) continue
      for (const source of parse(html).querySelectorAll('.source')) {
        sources += 1
        expect(text(source), file).not.toMatch(/\d{4}-\d{2}(-\d{2})?|\.csv|\.md\b|shared\/data|§/)
      }
    }
    expect(sources).toBeGreaterThan(1557)
  })

  it('should show the polling stations of a race with their source', () => {
    const bandung = regionPage(REGION_CODES.kotaBandung).querySelector(
      '[aria-labelledby=pemilihan-wali_kota]',
    )
    const tps = dataRows('tps_2024.csv').find((r) => r.region_code === REGION_CODES.kotaBandung)!
    expect(text(bandung)).toContain(
      `Jumlah TPS: ${Number(tps.tps_regent_or_mayor_race).toLocaleString('id-ID')} TPS`,
    )
  })
})
