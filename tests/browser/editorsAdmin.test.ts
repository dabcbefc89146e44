import { mkdirSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, type AccountKey } from '@pilkada/shared'

import { launchChromium, signedInTab } from '../helpers/browser'
import { startIsolatedCms } from '../helpers/isolatedCms'
import { asEditor, submitBandungPair } from '../helpers/fixtures'

const SHOTS = process.env.ADMIN_SCREENSHOT_DIR || '/tmp/shots-admin'
const VIEWPORTS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]
const CONTRIBUTOR = DEMO_ACCOUNTS['kpu.bandung']

/**
 * English words and phrases Payload shows when a label is left untranslated; none may appear on
 * the Indonesian admin. Matched as whole words, case-sensitive (Payload capitalises its labels).
 */
const ENGLISH = [
  'Dashboard',
  'Collections',
  'Create New',
  'Search by',
  'Filters',
  'Columns',
  'Per Page',
  'Save Draft',
  'Publish changes',
  'Last Modified',
  'Updated At',
  'Created At',
  'Untitled',
  'Log out',
  'Loading',
  'No results',
  'Versions',
  'Submitted by',
  'Last edited by',
  'Review state',
  'Notifications',
  'Settings',
  'Content',
  'Account',
  'Choose',
  'Select',
]

/** The admin that editors work in, as they see it in Chromium (issue 13). */

describe("the editors' admin", () => {
  let cms: Awaited<ReturnType<typeof startIsolatedCms>>
  let local: Payload
  let browser: Browser
  const created: string[] = []

  const submittedPair = async (headName: string, ballotNumber: number) => {
    const doc = await submitBandungPair(local, headName, ballotNumber)
    created.push(String(doc.id))
    return doc
  }

  const signedIn = (
    account: Exclude<AccountKey, 'anonymous'>,
    viewport = VIEWPORTS[0]!,
    timezoneId = 'Asia/Jakarta',
    locale = 'id-ID',
  ) => signedInTab(browser, cms.url, account, { locale, viewport, timezoneId })

  /** The dashboard, once its review cards have rendered. */
  const openDashboard = async (tab: Page) => {
    await tab.goto(`${cms.url}/admin`)
    await tab.locator('[data-testid="review-dashboard"]').waitFor({ timeout: 60_000 })
  }

  const shoot = async (tab: Page, name: string) => {
    await tab.waitForLoadState('networkidle')
    for (const viewport of VIEWPORTS) {
      await tab.setViewportSize(viewport)
      await tab.screenshot({
        path: `${SHOTS}/${name}-${viewport.width}x${viewport.height}.png`,
        fullPage: true,
      })
    }
    await tab.setViewportSize(VIEWPORTS[0]!)
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    cms = await startIsolatedCms()
    local = cms.local
    browser = await launchChromium()
  })
  afterAll(async () => {
    for (const id of created) {
      await local.delete({ collection: 'candidates', id })
      await local.delete({
        collection: 'audit-log' as never,
        where: { targetId: { equals: id } },
      })
    }
    await browser?.close()
    await cms?.stop()
  })

  it("should show the project's logo and name on the login page", async () => {
    const context = await browser.newContext({ locale: 'id-ID' })
    const tab = await context.newPage()
    await tab.goto(`${cms.url}/admin/login`)
    const logo = tab.getByRole('img', { name: 'Pusat Panduan Pilkada' })
    await logo.first().waitFor({ timeout: 60_000 })
    expect(await logo.first().isVisible()).toBe(true)
    expect(await tab.title()).toContain('Pusat Panduan Pilkada')
    await shoot(tab, 'login')
    await context.close()
  })

  it('should list in a regional contributor’s navigation only the collections it may edit', async () => {
    const { context, tab } = await signedIn('kpu.bandung')
    await openDashboard(tab)
    const hrefs = await tab
      .locator('a[href*="/admin/collections/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    const listed = new Set(
      hrefs.map((href) => /\/admin\/collections\/([^/?#]+)\/?$/.exec(href)?.[1]).filter(Boolean),
    )
    expect([...listed].sort()).toEqual([
      'candidates',
      'elections',
      'media',
      'notifications',
      'stages',
    ])
    await shoot(tab, 'dashboard-contributor')
    await context.close()
  })

  it("should list a regional contributor only its own region's races", async () => {
    const { docs: regions } = await local.find({
      collection: 'regions',
      where: { code: { equals: '32.73' } },
    })
    const { totalDocs } = await local.count({
      collection: 'elections',
      where: { region: { equals: regions[0]!.id } },
    })
    const { context, tab } = await signedIn('kpu.bandung')
    await tab.goto(`${cms.url}/admin/collections/elections`)
    await tab.locator('.table').waitFor({ timeout: 60_000 })
    const rows = await tab.locator('.table tbody tr').allInnerTexts()
    expect(rows.length).toBe(totalDocs)
    expect(rows.every((row) => row.includes('Kota Bandung'))).toBe(true)
    await shoot(tab, 'list-regional')
    await context.close()
  })

  it('should name the author of each version in the versions list, not an id', async () => {
    const pair = await submittedPair('Calon Versi', 91)
    const { context, tab } = await signedIn('kpu.jabar')
    await tab.goto(`${cms.url}/admin/collections/candidates/${pair.id}/versions`)
    const table = tab.locator('[data-testid="version-history"]')
    await table.waitFor({ timeout: 60_000 })
    expect(await table.innerText()).toContain(CONTRIBUTOR.name)
    await shoot(tab, 'versions')
    await context.close()
  })

  it("should fit a version's comparison on a phone, without sideways scrolling", async () => {
    const pair = await submittedPair('Calon Versi Ponsel', 88)
    const { context, tab } = await signedIn('kpu.jabar', VIEWPORTS[1])
    await tab.goto(`${cms.url}/admin/collections/candidates/${pair.id}/versions`)
    await tab.locator('[data-testid="version-history"] a').first().click({ timeout: 60_000 })
    await tab.waitForURL(/\/versions\/[^/]+$/, { timeout: 60_000 })
    await tab.locator('.view-version').first().waitFor({ timeout: 60_000 })
    await tab.waitForLoadState('networkidle')
    const widths = await tab.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }))
    expect(widths.page).toBeLessThanOrEqual(widths.screen)
    // The account menu stays on the screen, beside the breadcrumb.
    const account = await tab.locator('.app-header__account').boundingBox()
    expect(account!.x + account!.width).toBeLessThanOrEqual(widths.screen)
    await shoot(tab, 'version-diff')
    await context.close()
  })

  it('should show who last edited a document by name in its sidebar', async () => {
    const pair = await submittedPair('Calon Penyunting', 92)
    const { context, tab } = await signedIn('kpu.jabar')
    await tab.goto(`${cms.url}/admin/collections/candidates/${pair.id}`)
    const person = tab.locator('[data-person-field="lastEditedBy"]')
    await person.waitFor({ timeout: 60_000 })
    expect(await person.innerText()).toContain(CONTRIBUTOR.name)
    await shoot(tab, 'edit-sidebar')
    await context.close()
  })

  it('should say in the audit log, in words, who did what to which record, with a link to it', async () => {
    const pair = await submittedPair('Calon Audit', 93)
    const { context, tab } = await signedIn('kpu.jabar')
    await tab.goto(`${cms.url}/admin/collections/audit-log`)
    const entry = tab.locator('[data-audit-summary]', { hasText: 'Calon Audit' }).first()
    await entry.waitFor({ timeout: 60_000 })
    expect(await entry.innerText()).toContain(
      `${CONTRIBUTOR.name} mengajukan Pasangan calon “${pair.title}” untuk ditinjau`,
    )
    expect(await entry.locator('a').first().getAttribute('href')).toBe(
      `/admin/collections/candidates/${pair.id}`,
    )
    await shoot(tab, 'audit-log')
    await context.close()
  })

  it('should offer WIB, WITA and WIT by name in the schedule-publish dialog', async () => {
    const pair = await submittedPair('Calon Jadwal', 94)
    const { context, tab } = await signedIn('kpu.jabar')
    await tab.goto(`${cms.url}/admin/collections/candidates/${pair.id}`)
    await tab.locator('#action-save-popup button').first().click({ timeout: 60_000 })
    await tab.locator('#schedule-publish').click()
    const picker = tab.locator('.timezone-picker')
    await picker.waitFor({ timeout: 60_000 })
    expect(await picker.innerText()).toContain('WIB')
    await picker.locator('.rs__control').click()
    const options = await tab.locator('.rs__option').allInnerTexts()
    expect(options).toEqual([
      'WIB — Waktu Indonesia Barat (Jakarta)',
      'WITA — Waktu Indonesia Tengah (Makassar)',
      'WIT — Waktu Indonesia Timur (Jayapura)',
    ])
    await shoot(tab, 'schedule-dialog')
    await context.close()
  })

  it("should start the schedule-publish dialog at the editor's own zone", async () => {
    const pair = await submittedPair('Calon Makassar', 98)
    const { context, tab } = await signedIn('kpu.jabar', VIEWPORTS[0], 'Asia/Makassar')
    await tab.goto(`${cms.url}/admin/collections/candidates/${pair.id}`)
    await tab.locator('#action-save-popup button').first().click({ timeout: 60_000 })
    await tab.locator('#schedule-publish').click()
    const selected = tab.locator('.timezone-picker .rs__single-value')
    await selected.waitFor({ timeout: 60_000 })
    expect(await selected.innerText()).toBe('WITA — Waktu Indonesia Tengah (Makassar)')
    await context.close()
  })

  it('should tell the publisher on the dashboard when a contributor submits something', async () => {
    const pair = await submittedPair('Calon Pemberitahuan', 97)
    const { context, tab } = await signedIn('kpu.jabar')
    await openDashboard(tab)
    const card = tab.locator('[data-card="notifications"]')
    const entry = card.locator('li', { hasText: 'Calon Pemberitahuan' })
    expect(await entry.innerText()).toContain(
      `${CONTRIBUTOR.name} mengajukan Pasangan calon “${pair.title}” untuk Anda tinjau`,
    )
    await shoot(tab, 'dashboard-publisher')
    await context.close()
  })

  /** The English words of Payload's own labels that the page shows. */
  const englishOn = async (tab: Page) => {
    await tab.waitForLoadState('networkidle')
    const text = await tab.locator('body').innerText()
    return ENGLISH.filter((phrase) => new RegExp(`\\b${phrase}\\b`).test(text))
  }

  it('should show the admin in Indonesian to an editor whose browser asks for English', async () => {
    const { context, tab } = await signedIn('kpu.jabar', VIEWPORTS[0], 'Asia/Jakarta', 'en-US')
    await openDashboard(tab)
    expect(await englishOn(tab)).toEqual([])
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('id')
    await shoot(tab, 'dashboard-english-browser')
    await context.close()
  })

  it('should keep English for an editor who chose it in their account settings', async () => {
    const { context, tab } = await signedIn('kpu.jabar', VIEWPORTS[0], 'Asia/Jakarta', 'en-US')
    await tab.goto(`${cms.url}/admin/account`)
    await tab.locator('.payload-settings__language .rs__control').first().click({ timeout: 60_000 })
    await tab.locator('.rs__option', { hasText: 'English' }).click()
    await tab.waitForFunction(() => document.documentElement.lang === 'en', null, {
      timeout: 60_000,
    })
    await tab.goto(`${cms.url}/admin`)
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('en')
    await context.close()
  })

  it('should give a publisher what waits for their review in one click from the list of pairs', async () => {
    await submittedPair('Calon Antrean Daftar', 96)
    const { context, tab } = await signedIn('kpu.jabar')
    await tab.goto(`${cms.url}/admin/collections/candidates`)
    await tab.locator('#select-preset').click({ timeout: 60_000 })
    // Payload writes the saved filters' column names in English; they are relabelled.
    const drawer = tab.locator('.drawer').last()
    await drawer.getByText('Menunggu tinjauan saya').first().waitFor({ timeout: 60_000 })
    const drawerText = await drawer.innerText()
    expect(drawerText).toContain('Kelompokkan menurut')
    expect(drawerText).not.toMatch(/\b(Filters|Group By|Is Shared|Sharing settings)\b/)
    await tab
      .locator('.drawer')
      .getByText('Menunggu tinjauan saya')
      .first()
      .click({ timeout: 60_000 })
    await tab.waitForURL(/preset=/, { timeout: 60_000 })
    await tab.locator('.table tbody tr').first().waitFor({ timeout: 60_000 })
    const rows = await tab.locator('.table tbody tr').allInnerTexts()
    expect(rows.some((row) => row.includes('Calon Antrean Daftar'))).toBe(true)
    expect(rows.every((row) => row.includes('Diajukan untuk ditinjau'))).toBe(true)
    await shoot(tab, 'list-review-queue')
    await context.close()
  })

  it('should show a published pair in the list as published, not as a draft', async () => {
    const { context, tab } = await signedIn('kpu.jabar')
    await tab.goto(`${cms.url}/admin/collections/candidates?where[_status][equals]=published`)
    await tab.locator('.table tbody tr').first().waitFor({ timeout: 60_000 })
    const states = tab.locator('.table tbody [data-review-state]')
    const texts = await states.allInnerTexts()
    expect(texts.length).toBeGreaterThan(0)
    expect(new Set(texts)).toEqual(new Set(['Diterbitkan']))
    await shoot(tab, 'list-published')
    await context.close()
  })

  it('should name the editor who holds a lock, with their authority and without their e-mail', async () => {
    const pair = await submittedPair('Calon Terkunci', 89)
    const editing = await signedIn('kpu.jabar')
    await editing.tab.goto(`${cms.url}/admin/collections/candidates/${pair.id}`)
    await editing.tab.locator('[data-person-field="lastEditedBy"]').waitFor({ timeout: 60_000 })
    const holder = DEMO_ACCOUNTS['kpu.jabar']
    // Payload takes the lock when the editor starts typing; the other publisher comes after.
    await editing.tab.locator('#field-reviewComment').fill('Sedang saya periksa.')
    await expect
      .poll(
        async () =>
          (
            await local.find({
              collection: 'payload-locked-documents',
              where: { 'document.value': { equals: pair.id } },
              depth: 0,
            })
          ).totalDocs,
        { timeout: 30_000 },
      )
      .toBe(1)
    const { context, tab } = await signedIn('kpu')
    await tab.goto(`${cms.url}/admin/collections/candidates/${pair.id}`)
    const dialog = tab.locator('.document-locked')
    await dialog.waitFor({ timeout: 60_000 })
    const text = await dialog.innerText()
    expect(text).toContain(`${holder.name} (KPU)`)
    expect(text).not.toContain(holder.email)
    await shoot(tab, 'locked')
    await tab.goto(`${cms.url}/admin/collections/candidates?where[id][equals]=${pair.id}`)
    // The list's lock icon, in the row's selection cell, names the editor in its tooltip.
    const tooltip = tab.locator('.table tbody .locked__tooltip').first()
    await tooltip.waitFor({ state: 'attached', timeout: 60_000 })
    expect(await tooltip.textContent()).toContain(`${holder.name} (KPU)`)
    await context.close()
    await editing.context.close()
  })

  it('should ask for the reason when a publisher restores a version, and log the revert with it', async () => {
    const pair = await submittedPair('Calon Pulih', 95)
    const jabar = await asEditor(local, 'kpu.jabar')
    await local.update({
      collection: 'candidates',
      id: pair.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: jabar,
    })
    const { docs: versions } = await local.findVersions({
      collection: 'candidates',
      where: { parent: { equals: pair.id } },
      sort: '-updatedAt',
      limit: 1,
    })
    await local.update({
      collection: 'candidates',
      id: pair.id,
      draft: true,
      data: { headName: 'Calon Pulih Diubah' },
      overrideAccess: false,
      user: await asEditor(local, 'kpu.bandung'),
    })
    const { context, tab } = await signedIn('kpu.jabar')
    await tab.goto(`${cms.url}/admin/collections/candidates/${pair.id}/versions/${versions[0]!.id}`)
    await tab.locator('.restore-version button').first().click({ timeout: 60_000 })
    const dialog = tab.getByRole('dialog', { name: 'Pulihkan versi ini' })
    await dialog.waitFor({ timeout: 60_000 })
    await dialog.getByLabel('Alasan pemulihan').fill('Nama yang diubah belum diverifikasi KPU.')
    await shoot(tab, 'restore-reason')
    await dialog.getByRole('button', { name: 'Pulihkan' }).click()
    await tab.waitForURL(new RegExp(`/collections/candidates/${pair.id}$`), { timeout: 60_000 })
    const latest = await local.findByID({ collection: 'candidates', id: pair.id, draft: true })
    expect(latest.headName).toBe('Calon Pulih')
    const { docs: audit } = await local.find({
      collection: 'audit-log',
      where: { and: [{ targetId: { equals: String(pair.id) } }, { action: { equals: 'revert' } }] },
    })
    expect(audit.map((entry) => [entry.actorName, entry.reason])).toEqual([
      [DEMO_ACCOUNTS['kpu.jabar'].name, 'Nama yang diubah belum diverifikasi KPU.'],
    ])
    await context.close()
  })

  it('should open the link drawer, with links to guides and regions, on Ctrl+K in the rich text', async () => {
    const { context, tab } = await signedIn('kpu.kontributor')
    try {
      await tab.goto(`${cms.url}/admin/collections/guides?limit=1`)
      await tab.locator('.table a').first().click({ timeout: 30_000 })
      const editor = tab.locator('[data-lexical-editor="true"]').first()
      const drawer = tab.locator('.lexical-link-edit-drawer')
      // The shortcut works once the editor has hydrated (as for a person who types at once on
      // a slow connection): select the text and press it again until the drawer opens.
      for (let attempt = 1; ; attempt++) {
        await editor.click({ timeout: 30_000 })
        await tab.keyboard.press('Control+A')
        await tab.keyboard.press('Control+K')
        const opened = await drawer
          .waitFor({ timeout: 5_000 })
          .then(() => true)
          .catch(() => false)
        if (opened) break
        if (attempt === 6) throw new Error('Ctrl+K did not open the link drawer in 6 tries')
      }
      await drawer.getByText('Tautan Internal').click()
      await drawer.locator('.rs__control').first().click({ timeout: 30_000 })
      const menu = tab.locator('.rs__menu')
      await menu.getByText('Wilayah').first().waitFor({ timeout: 30_000 })
      expect(await menu.innerText()).toContain('Panduan')
      await shoot(tab, 'link-drawer')
    } finally {
      await tab.screenshot({ path: `${SHOTS}/link-drawer-last.png` })
      await context.close()
    }
  }, 180_000)

  it.each([
    ['the dashboard', '/admin'],
    ['a list', '/admin/collections/elections'],
    ['an edit view', '/admin/collections/stages?limit=1'],
  ])('should show a KPU contributor %s in Indonesian only', async (_, path) => {
    const { context, tab } = await signedIn('kpu.kontributor')
    await tab.goto(`${cms.url}${path}`)
    if (path.includes('stages')) {
      await tab.locator('.table a').first().click()
      await tab.waitForURL(/\/admin\/collections\/stages\/[^/?]+$/, { timeout: 60_000 })
    }
    await tab.locator('.template-default').waitFor({ timeout: 60_000 })
    await tab.waitForLoadState('networkidle')
    const text = await tab.locator('body').innerText()
    expect(text).not.toMatch(/lexical:[a-zA-Z]+/)
    const english = ENGLISH.filter((phrase) => new RegExp(`\\b${phrase}\\b`).test(text))
    expect(english).toEqual([])
    await context.close()
  })
})
