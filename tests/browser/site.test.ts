import { describe, expect, it } from 'vitest'

import { axeViolations, guideInBrowser } from '../helpers/browser'
import { SITE_FIXTURES } from '../setup/siteFixtures'

/** The built guide in Chromium, served from its files as in production, on a phone-sized screen. */
describe('the guide in a browser', () => {
  const { base, browser, phone } = guideInBrowser()

  it('should find a regency by typing its name, open it, and switch to English and back', async () => {
    const tab = await phone()
    await tab.goto(`${base}/`)
    await tab.getByLabel('Cari daerah Anda').fill('garut')
    await tab.getByRole('button', { name: 'Cari' }).click()
    await tab.waitForURL(/\/wilayah\/\?q=garut/)
    const first = tab.locator('[data-region-results] a').first()
    await expect.poll(() => first.getAttribute('href')).toBe('/wilayah/kabupaten-garut/')
    await first.click()
    await tab.waitForURL(/\/wilayah\/kabupaten-garut\/$/)
    expect(await tab.locator('h1').innerText()).toBe('Kabupaten Garut')
    await tab.getByRole('link', { name: 'Read this page in English' }).click()
    await tab.waitForURL(/\/en\/wilayah\/kabupaten-garut\/$/)
    expect(await tab.locator('html').getAttribute('lang')).toBe('en')
    expect(await tab.locator('main').innerText()).toContain(
      'Election of the regent of Kabupaten Garut',
    )
    await tab.getByRole('link', { name: 'Baca halaman ini dalam bahasa Indonesia' }).click()
    await tab.waitForURL(/\/wilayah\/kabupaten-garut\/$/)
    expect(await tab.locator('html').getAttribute('lang')).toBe('id')
    await tab.close()
  })

  it('should list every region, and show a region page, without JavaScript', async () => {
    const plain = await phone(false)
    await plain.goto(`${base}/wilayah/?q=bandung`)
    expect(await plain.locator('section[id^="huruf-"] li a:visible').count()).toBe(552)
    await plain.goto(`${base}/wilayah/kota-bandung/`)
    expect(await plain.locator('.pair h4').count()).toBe(8)
    await plain.close()
  })

  it('should find a candidate with the offline search index', async () => {
    const tab = await phone()
    await tab.goto(`${base}/cari/`)
    await tab.locator('.pagefind-ui__search-input').fill('Farhan')
    await expect
      .poll(() => tab.locator('.pagefind-ui__result-link').allInnerTexts(), { timeout: 10_000 })
      .toContain('Kota Bandung')
    await tab.close()
  })

  for (const url of [
    '/',
    '/en/',
    '/wilayah/kota-bandung/',
    '/en/wilayah/kota-bandung/',
    '/panduan/cara-memilih/',
    '/en/panduan/cara-memilih/',
    '/wilayah/',
  ]) {
    it(`should have no WCAG 2.2 AA violations that axe finds on ${url}`, async () => {
      const tab = await phone()
      await tab.goto(`${base}${url}`)
      expect(await axeViolations(tab)).toEqual([])
      await tab.close()
    })
  }

  it('should fit a 320 px wide screen without sideways scrolling', async () => {
    const tab = await browser().newPage({ viewport: { width: 320, height: 640 } })
    for (const url of [
      '/',
      '/wilayah/',
      '/wilayah/kota-bandung/',
      '/en/panduan/cara-memilih/',
      '/tahapan/',
    ]) {
      await tab.goto(`${base}${url}`)
      const width = await tab.evaluate(() => document.documentElement.scrollWidth)
      expect(width, url).toBeLessThanOrEqual(320)
    }
    await tab.close()
  })

  it('should not run script that an editor typed into a guide', async () => {
    const tab = await phone()
    await tab.goto(`${base}/panduan/${SITE_FIXTURES.hostileSlug}/`)
    await tab.getByText('tautan berbahaya').click()
    expect(
      await tab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined()
    await tab.close()
  })
})
