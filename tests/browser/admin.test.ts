import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, signedInTab } from '../helpers/browser'
import { cmsUrl, DEMO_PASSWORD } from '../helpers/http'

/** The admin as an editor uses it: in Chromium, in Indonesian, on the seeded demo database. */
describe('the admin', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'id-ID' })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should let the demo admin log in', async () => {
    await page.goto(`${cmsUrl()}/admin/login`)
    await page.fill('input[name="email"]', 'admin@pilkada.test')
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    const text = await page.locator('main, body').first().innerText()
    expect(text).toContain('Wilayah')
    expect(text).toContain('Pasangan calon')
    expect(text).toContain('Panduan')
  })

  it('should list the seeded regions, 552 of them', async () => {
    await page.goto(`${cmsUrl()}/admin/collections/regions?limit=10`)
    await page.getByText('Kabupaten Aceh Selatan').first().waitFor({ timeout: 60_000 })
    const text = await page.locator('body').innerText()
    expect(text).toMatch(/\b552\b/)
  })

  it('should open a seeded guide in the editor with its Indonesian text', async () => {
    await page.goto(`${cmsUrl()}/admin/collections/guides?limit=20`)
    await page.getByText('Jam pemungutan suara').first().click()
    await page.waitForURL(/\/admin\/collections\/guides\/[0-9a-f-]{36}/, { timeout: 60_000 })
    await page.getByText('07.00–13.00 waktu setempat').first().waitFor({ timeout: 60_000 })
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR || '/tmp'}/admin-guide.png` })
  })

  it('should give a KPU editor a rich-text toolbar in Indonesian, with no untranslated keys', async () => {
    const { context, tab } = await signedInTab(browser, cmsUrl(), 'kpu.kontributor')
    await tab.goto(`${cmsUrl()}/admin/collections/guides?limit=20`)
    await tab.getByText('Jam pemungutan suara').first().click()
    await tab.locator('.fixed-toolbar').first().waitFor({ timeout: 60_000 })
    const editor = tab.locator('[contenteditable="true"]').first()
    expect(await editor.getAttribute('aria-placeholder')).toBe(
      'Mulai mengetik, atau tekan "/" untuk perintah…',
    )
    expect(await tab.locator('body').innerText()).not.toMatch(/lexical:[a-zA-Z]+:[a-zA-Z]+/)
    await tab.screenshot({ path: `${process.env.SCREENSHOT_DIR || '/tmp'}/admin-guide-editor.png` })
    await context.close()
  })

  it('should show a contributor no Publish button, only Save draft', async () => {
    const { context, tab } = await signedInTab(browser, cmsUrl(), 'kpu.bandung')
    await tab.goto(`${cmsUrl()}/admin/collections/elections?limit=100&search=Bandung`)
    await tab.getByText('Kota Bandung — Wali Kota').first().click()
    await tab.waitForURL(/\/admin\/collections\/elections\/[0-9a-f-]{36}/, { timeout: 60_000 })
    await tab.getByRole('button', { name: 'Simpan Draf' }).waitFor({ timeout: 60_000 })
    expect(await tab.getByRole('button', { name: /Publikasikan/ }).count()).toBe(0)
    await context.close()
  })
})
