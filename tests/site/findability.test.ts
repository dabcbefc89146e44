import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import { allFiles, gzipSize, page, read, text } from '../helpers/site'

type Row = Record<string, string>
const openData = (name: string): Row[] => JSON.parse(read(`data/${name}.json`)).data

/** The budgets of a phone on a slow network: what one page costs, gzipped as served. */
describe('page budgets', () => {
  it('should keep the home page within 14 KB gzipped, with nothing but itself to load', () => {
    for (const url of ['/', '/en/']) {
      expect(gzipSize(`${url}index.html`.slice(1)), url).toBeLessThanOrEqual(14 * 1024)
      const doc = page(url)
      expect(doc.querySelectorAll('script[src], link[rel="stylesheet"]'), url).toHaveLength(0)
    }
  })

  it('should keep the A-Z index of regions within 30 KB gzipped', () => {
    expect(gzipSize('wilayah/index.html')).toBeLessThanOrEqual(30 * 1024)
    expect(gzipSize('en/wilayah/index.html')).toBeLessThanOrEqual(30 * 1024)
  })

  it('should keep the region page of the race with the most pairs within 30 KB gzipped', () => {
    const regions = openData('regions')
    const pairs = new Map<string, number>()
    for (const pair of openData('candidates'))
      pairs.set(pair.region_code!, (pairs.get(pair.region_code!) ?? 0) + 1)
    const count = (code: string | undefined) => pairs.get(code ?? '') ?? 0
    // The most pairs in its own race, then the most on the page (its province's race too).
    const [heaviest] = [...regions].sort(
      (a, b) => count(b.code) - count(a.code) || count(b.province_code) - count(a.province_code),
    )
    const url = `/wilayah/${heaviest!.slug}/`
    expect(page(url).querySelector('h1')?.text).toBe(heaviest!.name)
    expect(gzipSize(`${url}index.html`.slice(1)), url).toBeLessThanOrEqual(30 * 1024)
  })

  it('should keep the index that the search box fetches small', () => {
    expect(gzipSize('wilayah.json')).toBeLessThanOrEqual(8 * 1024)
  })
})

describe('finding a region without JavaScript', () => {
  it('should put a region search on every page that, unscripted, leads to the A-Z index', () => {
    const wrong = [...allFiles()]
      .filter(({ file }) => file.endsWith('.html') && !file.startsWith('pagefind'))
      .flatMap(({ file, text: html }) => {
        const doc = parse(html)
        const english = doc.querySelector('html')?.getAttribute('lang') === 'en'
        const form = doc.querySelector('header form[role="search"]')
        const input = form?.querySelector('input[name="q"]')
        const label = input && doc.querySelector(`label[for="${input.id}"]`)
        const ok =
          form?.getAttribute('action') === (english ? '/en/wilayah/' : '/wilayah/') &&
          form.getAttribute('method') === 'get' &&
          text(label).length > 0
        return ok ? [] : [file]
      })
    expect(wrong).toEqual([])
  })

  it('should list every region once from A to Z, under the first letter of its own name', () => {
    const doc = page('/wilayah/')
    const listed = doc
      .querySelectorAll('section[id^="huruf-"] li a')
      .map((a) => a.getAttribute('href'))
    const slugs = openData('regions').map((r) => `/wilayah/${r.slug}/`)
    expect([...listed].sort()).toEqual([...slugs].sort())
    const letterOf = (slug: string) =>
      doc.querySelector(`section[id^="huruf-"]:has(a[href="/wilayah/${slug}/"])`)?.id
    expect(letterOf('kota-pangkal-pinang')).toBe('huruf-p')
    expect(letterOf('kabupaten-garut')).toBe('huruf-g')
    expect(letterOf('daerah-khusus-ibukota-jakarta')).toBe('huruf-j')
  })

  it('should jump from the top of the index to each letter and each province', () => {
    const doc = page('/en/wilayah/')
    const jumps = doc.querySelectorAll('nav a[href^="#"]').map((a) => a.getAttribute('href')!)
    const sections = doc.querySelectorAll('main section[id]').map((s) => `#${s.id}`)
    expect(jumps.length).toBeGreaterThan(38 + 20)
    expect([...jumps].sort()).toEqual([...sections].sort())
  })

  it("should list each province's regencies and cities under it", () => {
    const doc = page('/wilayah/')
    const regions = openData('regions')
    const wrong = regions
      .filter((r) => r.type === 'provinsi')
      .filter((province) => {
        const section = doc.querySelector(`section#provinsi-${province.slug}`)
        const listed = section?.querySelectorAll('li a').map((a) => a.getAttribute('href')) ?? []
        const children = regions
          .filter((r) => r.province_code === province.code)
          .map((r) => `/wilayah/${r.slug}/`)
        return (
          listed.join() !== children.join() ||
          !section?.querySelector(`h3 a[href="/wilayah/${province.slug}/"]`)
        )
      })
      .map((province) => province.name)
    expect(wrong).toEqual([])
  })
})
