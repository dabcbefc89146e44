import { existsSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, inject, it } from 'vitest'

import { buildSite } from '../../scripts/lib.mjs'
import { dataRows, kpuPairsByRace } from '../helpers/data'
import { REGION_CODES } from '../helpers/fixtures'
import { graphql } from '../helpers/http'
import { allFiles, gzipSize, page, read, siteDist, text } from '../helpers/site'
import { SITE_FIXTURES } from '../setup/siteFixtures'

/** The national timeline and the events after voting day, as seeded. */
const stageCount =
  dataRows('pilkada_2024_timeline.csv').length + dataRows('revotes_2025.csv').length

/** The guide as built from the seeded CMS (see setup/global.ts), read from its files. */
describe('the built guide', () => {
  it('should have a page, in Indonesian and in English, for the region of each of the 545 races', async () => {
    // Two pages of 500: the API's largest page.
    const { data } = await graphql(`
      {
        first: Elections(limit: 500, page: 1) {
          docs {
            region {
              slug
              name
            }
          }
        }
        second: Elections(limit: 500, page: 2) {
          docs {
            region {
              slug
              name
            }
          }
        }
      }
    `)
    const regions = [...data!.first.docs, ...data!.second.docs].map(
      (e: { region: { slug: string; name: string } }) => e.region,
    )
    expect(regions).toHaveLength(545)
    for (const region of regions) {
      expect(text(page(`/wilayah/${region.slug}/`).querySelector('h1'))).toBe(region.name)
      expect(page(`/en/wilayah/${region.slug}/`).querySelector('html')?.getAttribute('lang')).toBe(
        'en',
      )
    }
  })

  it('should state voting day and voting hours on the home page, in both languages', () => {
    const id = text(page('/').querySelector('main'))
    const en = text(page('/en/').querySelector('main'))
    expect(id).toContain('Rabu, 27 November 2024')
    expect(id).toContain('07.00–13.00 waktu setempat')
    expect(en).toContain('27 November 2024')
    expect(en).toContain('07.00–13.00 local time')
  })

  it('should say where the election stood on the build day, from the timeline', () => {
    // The test build is dated 15 October 2024, inside the campaign period.
    const id = text(page('/').querySelector('main'))
    expect(id).toContain('Per Selasa, 15 Oktober 2024')
    expect(id).toContain('Masa kampanye (25 September 2024 – 23 November 2024)')
    expect(id).toContain('(43 hari lagi)')
    expect(text(page('/en/').querySelector('main'))).toContain(
      'Campaign period (25 September 2024 – 23 November 2024)',
    )
  })

  it("should list a race's pairs in ballot order, in KPU's spelling, with parties where known, and sources", () => {
    const bandung = page('/wilayah/kota-bandung/')
    expect(
      bandung.querySelectorAll('[aria-labelledby=pemilihan-wali_kota] .pair h4').map(text),
    ).toEqual(
      kpuPairsByRace()
        .get('32.73/wali_kota')!
        .map((p) => `${p.ballot_number} ${p.head_name} – ${p.deputy_name}`),
    )
    // A regency or city page also holds its province's governor race.
    expect(bandung.querySelectorAll('h2').map(text)).toContain('Pemilihan Gubernur Jawa Barat')
    const jabar = dataRows('candidates_sample.csv').find(
      (r) => r.region_code === REGION_CODES.jawaBarat,
    )!
    expect(text(bandung.querySelector(`#paslon-gubernur-${jabar.ballot_number}`))).toContain(
      `Partai pengusung: ${jabar.parties!.split(';').join(', ')}`,
    )
    const jakarta = page('/wilayah/daerah-khusus-ibukota-jakarta/')
    expect(text(jakarta.querySelector('#paslon-gubernur-2'))).toContain('Perseorangan (independen)')
    expect(text(jakarta.querySelector('#paslon-gubernur-1'))).toContain('PKS, Gerindra, NasDem')
    const sources = jakarta.querySelectorAll('#paslon-gubernur-1 .source a')
    expect(sources.map(text)).toContain('Tribunnews, 23 September 2024')
    expect(sources.map((a) => a.getAttribute('href'))).toContain(
      'https://sirekappilkada-obj-data.kpu.go.id/pilkada/paslon/pkwkp.json',
    )
  })

  it("should show a pair's photo from the guide's own files, in phone sizes, lazily, with alt text", () => {
    const img = page('/wilayah/kota-semarang/').querySelector('#paslon-wali_kota-1 img')!
    expect(img.getAttribute('alt')).toBe(SITE_FIXTURES.photoAlt)
    expect(img.getAttribute('loading')).toBe('lazy')
    expect(img.getAttribute('src')).toMatch(/^\/media\/paslon-semarang-1-360x\d+\.webp$/)
    expect(img.getAttribute('width')).toBe('360')
    const candidates = (img.getAttribute('srcset') ?? '').split(', ').map((c) => c.split(' '))
    expect(candidates.map(([, width]) => width)).toEqual(['160w', '360w', '720w'])
    for (const [src] of candidates) expect(existsSync(path.join(siteDist(), src!)), src).toBe(true)
  })

  it("should explain the empty box where a single pair runs, and say when a pair's parties are not published", () => {
    expect(text(page('/wilayah/kota-surabaya/').querySelector('main'))).toContain(
      'melawan kotak kosong',
    )
    expect(text(page('/en/wilayah/kota-surabaya/').querySelector('main'))).toContain(
      'against the empty box',
    )
    const garut = text(page('/wilayah/kabupaten-garut/').querySelector('main'))
    expect(garut).toContain('Partai pengusung: belum dipublikasikan di panduan ini')
    expect(garut).not.toContain('melawan kotak kosong')
  })

  it('should show a re-run with its reason', () => {
    const bangka = text(page('/en/wilayah/kabupaten-bangka/').querySelector('main'))
    expect(bangka).toContain('Status: Re-run or re-vote')
    expect(bangka).toContain('The election was held again on 27 August 2025')
  })

  it('should never contain a draft, in any file, the search index included', () => {
    let files = 0
    for (const { file, text: content } of allFiles()) {
      files++
      expect(content.includes(SITE_FIXTURES.draftMarker), file).toBe(false)
    }
    expect(files).toBeGreaterThan(1000)
    expect(existsSync(path.join(siteDist(), 'panduan/draf-penanda'))).toBe(false)
  })

  it('should publish neither the draft preview route nor any server code', () => {
    const files = [...allFiles()].map(({ file }) => file)
    expect(files.filter((file) => /(^|\/)(draft-preview|entry\.mjs|chunks\/)/.test(file))).toEqual(
      [],
    )
    // The route's build sits beside the static guide, for the build runner only.
    expect(existsSync(path.join(realpathSync(siteDist()), '..', 'server', 'entry.mjs'))).toBe(true)
  })

  it('should render script, event attributes and javascript: links in rich text inert', () => {
    const html = read(`panduan/${SITE_FIXTURES.hostileSlug}/index.html`)
    const main = page(`/panduan/${SITE_FIXTURES.hostileSlug}/`).querySelector('main')!
    expect(main.querySelectorAll('script')).toHaveLength(0)
    expect(main.querySelectorAll('img')).toHaveLength(0)
    expect(
      main
        .querySelectorAll('*')
        .flatMap((el) => Object.keys(el.attributes))
        .filter((a) => a.startsWith('on')),
    ).toEqual([])
    expect(html).not.toMatch(/href="\s*javascript:/i)
    // The editor's text is still there, as text.
    expect(text(main)).toContain('<script>window.__pwned = 1</script>')
    expect(text(main)).toContain('tautan berbahaya')
  })

  it('should show a stored source that it cannot parse as plain text, without a link', () => {
    const source = page(`/panduan/${SITE_FIXTURES.hostileSlug}/`).querySelector('main .source')
    expect(text(source)).toBe(`Sumber: ${SITE_FIXTURES.unparsableSource}`)
    expect(source?.querySelectorAll('a')).toHaveLength(0)
  })

  it('should keep the home page within 14 KB and a four-pair region page within 30 KB gzipped', () => {
    expect(gzipSize('index.html')).toBeLessThanOrEqual(14 * 1024)
    expect(gzipSize('en/index.html')).toBeLessThanOrEqual(14 * 1024)
    expect(gzipSize('wilayah/kota-bandung/index.html')).toBeLessThanOrEqual(30 * 1024)
  })

  it('should load nothing from other hosts on the home and region pages', () => {
    for (const url of ['/', '/en/', '/wilayah/kota-bandung/', '/wilayah/']) {
      const doc = page(url)
      const loaded = [
        ...doc.querySelectorAll('[src]').map((el) => el.getAttribute('src')),
        // Canonical and alternate addresses name pages; they load nothing.
        ...doc
          .querySelectorAll('link[href]:not([rel="canonical"]):not([rel="alternate"])')
          .map((el) => el.getAttribute('href')),
      ]
      expect(
        loaded.filter((src) => /^(https?:)?\/\//.test(src ?? '')),
        url,
      ).toEqual([])
      expect(
        doc
          .querySelectorAll('style')
          .map((s) => s.text)
          .join(''),
      ).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//)
    }
  })

  it('should publish open data with a licence and a generated-at stamp, and CSV twins', () => {
    for (const [name, count] of [
      ['regions', 552],
      ['elections', 545],
      ['candidates', dataRows('candidates_2024.csv').length],
      ['stages', stageCount],
    ] as const) {
      const json = JSON.parse(read(`data/${name}.json`))
      expect(json.count).toBe(count)
      expect(json.data).toHaveLength(count)
      expect(json.licence.regions).toContain('MIT')
      expect(json.generatedAt).toBe(SITE_FIXTURES.buildDate)
      const csv = read(`data/${name}.csv`).trimEnd().split('\r\n')
      expect(csv).toHaveLength(count + 1)
    }
    const elections = JSON.parse(read('data/elections.json')).data
    expect(elections.find((e: { region_code: string }) => e.region_code === '35.78')).toMatchObject(
      {
        office: 'wali_kota',
        voting_date: '2024-11-27',
        single_candidate: true,
        candidate_count: 1,
      },
    )
  })

  it('should publish the key dates as an iCal feed', () => {
    const ics = read('kalender.ics')
    // The national stages, and each race's events after voting day.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(stageCount)
    expect(ics).toContain('SUMMARY:Pilkada 2024: Pemilihan ulang (Kota Pangkal Pinang)')
    expect(ics).toContain(
      'DTSTART;VALUE=DATE:20241127\r\nDTEND;VALUE=DATE:20241128\r\nSUMMARY:Pilkada 2024: Pemungutan suara',
    )
  })

  it('should index both languages for search', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json'))
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'id'])
  })

  it('should say in build.json what the build read and rendered: every path of a first build rendered, from a constant number of requests', () => {
    const report = JSON.parse(read('build.json'))
    // The pages, the open data files, the calendar and the region search's index: what Astro
    // generates (Pagefind's index comes after it).
    const generated = [...allFiles()].filter(({ file }) =>
      /\.html$|^data\/[\w-]+\.(json|csv)$|^kalender\.ics$|^wilayah\.json$/.test(file),
    )
    expect(report).toMatchObject({
      ok: true,
      full: true,
      // Per locale: settings, guides, FAQs, fact-checks, stages, the 1,557 candidates in four
      // pages of 500 and the 545 elections in two; the 552 regions in two pages: 2 × 11 + 2, for
      // any number of pages built.
      requests: 24,
      paths: generated.length,
      pagesRendered: generated.length,
      pagesReused: 0,
    })
  })

  it('should fail with the failing query named, and keep the previous site, when the CMS is down', () => {
    const previous = realpathSync(siteDist())
    const before = readFileSync(path.join(previous, 'index.html'), 'utf8')
    const result = buildSite({
      cmsUrl: 'http://127.0.0.1:9',
      capture: true,
      env: { SITE_DIST: siteDist(), SITE_BUILDS_DIR: path.join(inject('workDir'), 'builds') },
    })
    expect(result.ok).toBe(false)
    expect(result.status).toBe(1)
    // The collections are read side by side: the first query to fail is named.
    expect(result.output).toMatch(
      /Build failed: Cannot reach the CMS at http:\/\/127\.0\.0\.1:9\/api\/graphql for query \w+\(/,
    )
    expect(result.output).toContain('The previous site')
    expect(realpathSync(siteDist())).toBe(previous)
    expect(readFileSync(path.join(siteDist(), 'index.html'), 'utf8')).toBe(before)
  })
})
