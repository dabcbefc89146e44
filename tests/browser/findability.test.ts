import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { axeViolations, guideInBrowser } from '../helpers/browser'

/** A voter looking for their region on a phone, with and without JavaScript. */
describe('finding a region in a browser', () => {
  const { base, phone } = guideInBrowser()

  const suggestions = (tab: Page) =>
    tab
      .locator('header .suggest a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))

  // What people type, and the region pages it must suggest first (both, where a name is two).
  it.each([
    ['Kab Bandung', ['kabupaten-bandung']],
    ['kota bandung', ['kota-bandung']],
    ['Kab. Garut', ['kabupaten-garut']],
    ['Jogja', ['daerah-istimewa-yogyakarta', 'kota-yogyakarta']],
    ['Yogya', ['daerah-istimewa-yogyakarta', 'kota-yogyakarta']],
    ['DKI Jakarta', ['daerah-khusus-ibukota-jakarta']],
    ['Pangkal Pinang', ['kota-pangkal-pinang']],
    ['Pangkalpinang', ['kota-pangkal-pinang']],
    ['Bau-Bau', ['kota-bau-bau']],
    ['Baubau', ['kota-bau-bau']],
    ['Palangka Raya', ['kota-palangkaraya']],
    ['Palangkaraya', ['kota-palangkaraya']],
    ['Toli-Toli', ['kabupaten-toli-toli']],
    ['Tolitoli', ['kabupaten-toli-toli']],
    ['Fak-Fak', ['kabupaten-fak-fak']],
    ['Fakfak', ['kabupaten-fak-fak']],
    ['Surabya', ['kota-surabaya']],
    ['Smarang', ['kabupaten-semarang', 'kota-semarang']],
  ])('should suggest the right region first for %j as one types', async (query, slugs) => {
    const tab = await phone()
    await tab.goto(`${base}/tahapan/`)
    await tab.getByLabel('Cari daerah Anda').pressSequentially(query)
    const expected = slugs.map((slug) => `/wilayah/${slug}/`).sort()
    await expect
      .poll(async () => (await suggestions(tab)).slice(0, slugs.length).sort())
      .toEqual(expected)
    await tab.close()
  })

  it('should show the best matches first on the results page, in English too', async () => {
    const tab = await phone()
    await tab.goto(`${base}/en/`)
    await tab.getByLabel('Find your region').fill('pangkal pinang')
    await tab.getByRole('button', { name: 'Find' }).click()
    await tab.waitForURL(/\/en\/wilayah\/\?q=pangkal\+pinang/)
    const first = tab.locator('[data-region-results] a').first()
    await expect.poll(() => first.getAttribute('href')).toBe('/en/wilayah/kota-pangkal-pinang/')
    await first.click()
    await tab.waitForURL(/\/en\/wilayah\/kota-pangkal-pinang\/$/)
    await tab.close()
  })

  it('should list the region first on the search page, above the pages that mention it', async () => {
    const tab = await phone()
    await tab.goto(`${base}/cari/`)
    await tab.locator('.pagefind-ui__search-input').fill('Surabya')
    const first = tab.locator('main a').first()
    await expect.poll(() => first.getAttribute('href')).toBe('/wilayah/kota-surabaya/')
    await tab.close()
  })

  it('should reach Kota Pangkal Pinang from the search form in two taps without JavaScript', async () => {
    const tab = await phone(false)
    await tab.goto(`${base}/`)
    await tab.getByLabel('Cari daerah Anda').fill('Pangkalpinang')
    await tab.getByLabel('Cari daerah Anda').press('Enter')
    await tab.waitForURL(/\/wilayah\/\?q=Pangkalpinang/)
    // Tap one: the letter; the region is then on the screen or the next, not nine screens down.
    await tab.getByRole('link', { name: 'P', exact: true }).click()
    await tab.waitForURL(/#huruf-p$/)
    const region = tab.locator('#huruf-p').getByRole('link', { name: 'Kota Pangkal Pinang' })
    const top = await region.evaluate((a) => a.getBoundingClientRect().top)
    expect(top).toBeLessThan(2 * 740)
    // Tap two: the region.
    await region.click()
    await tab.waitForURL(/\/wilayah\/kota-pangkal-pinang\/$/)
    expect(await tab.locator('h1').innerText()).toBe('Kota Pangkal Pinang')
    await tab.close()
  })

  it('should make every link in the lists of regions at least 44 px high', async () => {
    const tab = await phone()
    await tab.goto(`${base}/wilayah/?q=bandung`)
    await expect.poll(() => tab.locator('[data-region-results] a').count()).toBeGreaterThan(0)
    await tab.getByLabel('Cari daerah Anda').fill('bandung')
    await expect.poll(() => tab.locator('header .suggest a').count()).toBeGreaterThan(0)
    const heights = await tab
      .locator('main li a, header .suggest a')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().height)))
    expect(heights.length).toBeGreaterThan(552)
    expect(heights.filter((height) => height < 44)).toEqual([])
    await tab.close()
  })

  for (const url of [
    '/tentang/',
    '/en/tentang/',
    '/en/wilayah/',
    '/wilayah/?q=Jogja',
    '/cari/?q=Surabya',
  ]) {
    it(`should have no WCAG 2.2 AA violations that axe finds on ${url}`, async () => {
      const tab = await phone()
      const response = await tab.goto(`${base}${url}`, { waitUntil: 'networkidle' })
      expect(response?.status()).toBe(200)
      expect(await axeViolations(tab)).toEqual([])
      await tab.close()
    })
  }

  it('should have no WCAG 2.2 AA violations that axe finds while suggesting regions', async () => {
    const tab = await phone()
    await tab.goto(`${base}/`)
    await tab.getByLabel('Cari daerah Anda').fill('bandung')
    await expect.poll(() => tab.locator('header .suggest a').count()).toBeGreaterThan(0)
    expect(await axeViolations(tab)).toEqual([])
    await tab.close()
  })
})
