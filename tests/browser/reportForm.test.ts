import type { Page } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { DEMO_ACCOUNTS } from '@pilkada/shared'
import { REPORT_ENDPOINT } from '@pilkada/shared/reports'

import { axeViolations, guideInBrowser } from '../helpers/browser'
import { cmsUrl, DEMO_PASSWORD, login, rest } from '../helpers/http'

const RUN = `uji-formulir-${Date.now()}`

/**
 * The "Laporkan hoaks" form of the built guide in Chromium, served on the origin the test CMS
 * takes reports from, posting to that CMS; and the reports in the admin of a Bawaslu publisher.
 */
describe('the report form in a browser', () => {
  // On the origin that the test CMS takes reports from.
  const { base, browser, phone } = guideInBrowser({ port: Number(new URL(inject('siteUrl')).port) })

  afterAll(async () => {
    const token = await login('admin')
    const { body } = await rest('GET', `/reports?limit=100&where[seen][like]=${RUN}`, { token })
    for (const doc of body.docs ?? []) await rest('DELETE', `/reports/${doc.id}`, { token })
  })

  const fillReport = async (tab: Page, seen: string, where = 'Grup WhatsApp RT 05') => {
    await tab.getByLabel('Apa yang Anda lihat?').fill(seen)
    await tab.getByLabel('Di mana Anda melihatnya?').fill(where)
    await tab.getByLabel('Kontak Anda (boleh dikosongkan)').fill('pelapor@contoh.id')
  }

  /** The reports list of the admin as the Bawaslu national publisher sees it. */
  const adminList = async () => {
    const context = await browser().newContext({ locale: 'id-ID' })
    const tab = await context.newPage()
    await tab.goto(`${cmsUrl()}/admin/login`)
    await tab.fill('input[name="email"]', DEMO_ACCOUNTS.bawaslu.email)
    await tab.fill('input[name="password"]', DEMO_PASSWORD)
    await tab.click('button[type="submit"]')
    await tab.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await tab.goto(`${cmsUrl()}/admin/collections/reports?limit=100`)
    return { context, tab }
  }

  it('should send a report with JavaScript without leaving the page, and show it to a Bawaslu publisher', async () => {
    const seen = `${RUN} dengan skrip: surat suara sudah dicoblos`
    const tab = await phone()
    await tab.goto(`${base}/lapor/`)
    await tab.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    await fillReport(tab, seen)
    await tab.getByRole('button', { name: 'Kirim laporan' }).click()
    await tab.getByText('Laporan Anda sudah kami terima.').waitFor({ timeout: 10_000 })
    expect(tab.url()).toBe(`${base}/lapor/`)
    expect(await tab.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    expect(await tab.locator('form[data-report]').isHidden()).toBe(true)
    await tab.close()

    const { context, tab: admin } = await adminList()
    await admin.getByText(seen).first().waitFor({ timeout: 60_000 })
    await context.close()
  })

  it('should send a report without JavaScript to the thank-you page, and show it to a Bawaslu publisher', async () => {
    const seen = `${RUN} tanpa skrip: TPS dipindah ke balai desa`
    const tab = await phone(false)
    await tab.goto(`${base}/lapor/`)
    await fillReport(tab, seen)
    await tab.getByRole('button', { name: 'Kirim laporan' }).click()
    await tab.waitForURL(`${base}/lapor/terima-kasih/`)
    expect(await tab.locator('h1').innerText()).toBe('Terima kasih')
    await tab.close()

    const { context, tab: admin } = await adminList()
    await admin.getByText(seen).first().waitFor({ timeout: 60_000 })
    await context.close()
  })

  it("should show the CMS's refusal in words beside the form, keeping what was typed", async () => {
    const tab = await phone()
    await tab.goto(`${base}/en/lapor/`)
    await tab.getByLabel('What did you see?').fill(`${RUN} refused`)
    await tab.getByLabel('Where did you see it?').fill('   ')
    await tab.getByRole('button', { name: 'Send the report' }).click()
    const alert = tab.getByRole('alert')
    await alert.waitFor({ timeout: 10_000 })
    expect(await alert.innerText()).toBe(
      'Write where you saw it: a link, or the name of the app or group.',
    )
    expect(await tab.getByLabel('What did you see?').inputValue()).toBe(`${RUN} refused`)
    await tab.close()
  })

  it('should show a report holding a script tag as text in the admin, without running it', async () => {
    const seen = `${RUN} <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`
    const tab = await phone()
    await tab.goto(`${base}/lapor/`)
    await fillReport(tab, seen, '<b>tebal</b>')
    await tab.getByRole('button', { name: 'Kirim laporan' }).click()
    await tab.getByText('Laporan Anda sudah kami terima.').waitFor({ timeout: 10_000 })
    await tab.close()

    const { context, tab: admin } = await adminList()
    // The list shortens long texts: its cell shows the start, the tags as typed.
    const cell = admin.getByText(`${RUN} <script>window.__pwned = 1</script>`).first()
    await cell.waitFor({ timeout: 60_000 })
    expect(await admin.getByText('<b>tebal</b>').count()).toBe(1)
    await cell.click()
    await admin.waitForURL(/\/admin\/collections\/reports\/[0-9a-f-]{36}/, { timeout: 60_000 })
    const field = admin.locator('textarea[name="seen"]')
    await field.waitFor({ timeout: 60_000 })
    expect(await field.inputValue()).toBe(seen)
    expect(await admin.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    )
    await context.close()
  }, 120_000)

  it('should offer the form on the home page and the fact-check page, posting to the CMS', async () => {
    const tab = await phone()
    for (const url of ['/', '/en/', '/cek-fakta/', '/en/cek-fakta/']) {
      await tab.goto(`${base}${url}`)
      expect(await tab.locator('form[data-report]').getAttribute('action'), url).toBe(
        `${cmsUrl()}${REPORT_ENDPOINT}`,
      )
    }
    await tab.goto(`${base}/`)
    await tab.getByRole('link', { name: 'Isi formulir laporan' }).click()
    await expect.poll(() => tab.url()).toBe(`${base}/#lapor`)
    await tab.close()
  })

  for (const url of ['/lapor/', '/en/lapor/', '/lapor/terima-kasih/']) {
    it(`should have no WCAG 2.2 AA violations that axe finds on ${url}`, async () => {
      const tab = await phone()
      expect((await tab.goto(`${base}${url}`))?.status()).toBe(200)
      expect(await axeViolations(tab)).toEqual([])
      await tab.close()
    })
  }
})
