import { mkdirSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, signedInTab } from '../helpers/browser'
import { cmsUrl, login, rest } from '../helpers/http'
import { lexicalParagraph } from '../helpers/lexical'

const SHOTS = process.env.PREVIEW_SCREENSHOT_DIR || '/tmp/shots-preview'
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]

/** The admin's live preview of a guide: the unsaved edits, as the guide's own page shows them. */
describe('live preview in the admin', () => {
  let browser: Browser
  let id: string

  const shoot = async (tab: Page, name: string) => {
    for (const viewport of VIEWPORTS) {
      await tab.setViewportSize(viewport)
      await tab.waitForTimeout(300)
      await tab.screenshot({ path: `${SHOTS}/${name}-${viewport.width}x${viewport.height}.png` })
    }
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    const saved = await rest('POST', '/guides?draft=true', {
      token: await login('kpu.kontributor'),
      body: {
        _status: 'draft',
        title: 'Membawa anak ke TPS',
        slug: `membawa-anak-${Date.now()}`,
        summary: 'Anak boleh menemani pemilih ke TPS.',
        topic: 'general',
        authority: 'kpu',
        source: 'PKPU 17/2024 pasal 9',
        body: lexicalParagraph('Anak menunggu di luar bilik suara.'),
      },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    id = saved.body.doc.id
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    if (id) await rest('DELETE', `/guides/${id}`, { token: await login('kpu') })
  })

  const signedIn = () =>
    signedInTab(browser, cmsUrl(), 'kpu.kontributor', { viewport: VIEWPORTS[1] })

  it('should open a draft pair on its region page, marked as a preview', async () => {
    const { context, tab } = await signedIn()
    try {
      const region = (await rest('GET', '/regions?where[code][equals]=33.74&depth=0')).body.docs[0]
      const election = (await rest('GET', `/elections?where[region][equals]=${region.id}&depth=0`))
        .body.docs[0]
      const pair = (await rest('GET', `/candidates?where[election][equals]=${election.id}&depth=0`))
        .body.docs[0]
      await tab.goto(`${cmsUrl()}/preview/candidates/${pair.id}`)
      await expect(tab.locator('.notice.info').textContent()).resolves.toContain('Pratinjau draf')
      await expect(tab.locator('article.pair').count()).resolves.toBeGreaterThan(0)
      await shoot(tab, 'preview-pair')
    } finally {
      await context.close()
    }
  })

  it('should show a change typed in the admin before it is saved', async () => {
    const { context, tab } = await signedIn()
    try {
      await tab.goto(`${cmsUrl()}/admin/collections/guides/${id}`)
      await tab.click('#live-preview-toggler', { timeout: 60_000 })
      const page = tab
        .frameLocator('iframe[src*="/preview/live/guides/"]')
        .frameLocator('iframe[title="Pratinjau langsung"]')
      await expect
        .poll(() => page.locator('h1').textContent(), { timeout: 60_000 })
        .toBe('Membawa anak ke TPS')

      const typed = 'Anak di bawah 17 tahun boleh ikut, tetapi tidak masuk bilik suara.'
      await tab.locator('textarea[name="summary"], #field-summary').first().fill(typed)
      await expect
        .poll(() => page.locator('main p strong').first().textContent(), { timeout: 30_000 })
        .toBe(typed)
      // Unsaved: the stored draft still has the old summary.
      const stored = await rest(`GET`, `/guides/${id}?draft=true`, {
        token: await login('kpu.kontributor'),
      })
      expect(stored.body.summary).toBe('Anak boleh menemani pemilih ke TPS.')
      await shoot(tab, 'live-preview-guide')
    } finally {
      await context.close()
    }
  })
})
