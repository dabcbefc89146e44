import { mkdirSync } from 'node:fs'

import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, type AccountKey } from '@pilkada/shared'

import { launchChromium, signedInTab } from '../helpers/browser'
import { startIsolatedCms } from '../helpers/isolatedCms'
import { asEditor, submitBandungPair } from '../helpers/fixtures'

const SHOTS = process.env.REVIEW_SCREENSHOT_DIR || '/tmp/shots-review'
const VIEWPORTS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]
const NOTE = 'Nomor urut belum sesuai keputusan KPU Kota Bandung.'

/** The editors' dashboard in Chromium: what waits for whom, and how the last build went. */

describe("the editors' dashboard", () => {
  let cms: Awaited<ReturnType<typeof startIsolatedCms>>
  let local: Payload
  let browser: Browser
  const created: string[] = []

  const asUser = (account: Exclude<AccountKey, 'anonymous'>) => asEditor(local, account)

  const submittedPair = async (headName: string, ballotNumber: number) => {
    const doc = await submitBandungPair(local, headName, ballotNumber)
    created.push(String(doc.id))
    return doc
  }

  /** Signed in, on the dashboard: where a publisher's and a contributor's day starts. */
  const signedIn = async (account: Exclude<AccountKey, 'anonymous'>, viewport = VIEWPORTS[0]!) => {
    const { context, tab } = await signedInTab(browser, cms.url, account, { viewport })
    await tab.goto(`${cms.url}/admin`)
    await tab.locator('[data-testid="review-dashboard"]').waitFor({ timeout: 60_000 })
    return { context, tab }
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    cms = await startIsolatedCms()
    local = cms.local
    browser = await launchChromium()
    await submittedPair('Calon Menunggu', 95)
    const sentBack = await submittedPair('Calon Dikembalikan', 96)
    await local.update({
      collection: 'candidates',
      id: sentBack.id,
      draft: true,
      data: { reviewState: 'changes_requested', reviewComment: NOTE },
      overrideAccess: false,
      user: await asUser('kpu.jabar'),
    })
    await local.updateGlobal({
      slug: 'site-build-status',
      data: {
        status: 'failed',
        startedAt: '2024-11-26T03:00:00.000Z',
        finishedAt: '2024-11-26T03:01:10.000Z',
        durationSeconds: 70,
        reason: 'Diterbitkan: Panduan jam pemungutan suara',
        error: 'Build failed: GraphQL request timed out',
      },
      context: { seeding: true },
    })
  })
  afterAll(async () => {
    for (const id of created) await local.delete({ collection: 'candidates', id })
    await browser?.close()
    await cms?.stop()
  })

  it("should show the publisher the submitted pair in their queue with the submitter's name", async () => {
    const { context, tab } = await signedIn('kpu.jabar')
    const queue = tab.locator('[data-card="queue"]')
    const entry = queue.locator('li', { hasText: 'Calon Menunggu' })
    expect(await entry.innerText()).toContain(`diajukan oleh ${DEMO_ACCOUNTS['kpu.bandung'].name}`)
    expect(await entry.locator('a').getAttribute('href')).toMatch(
      /\/admin\/collections\/candidates\/[0-9a-f-]{36}$/,
    )
    for (const viewport of VIEWPORTS) {
      await tab.setViewportSize(viewport)
      await tab.screenshot({
        path: `${SHOTS}/dashboard-publisher-${viewport.width}x${viewport.height}.png`,
        fullPage: true,
      })
    }
    await context.close()
  })

  it('should show the contributor the sent-back pair with the reviewer note', async () => {
    const { context, tab } = await signedIn('kpu.bandung')
    const sentBack = tab.locator('[data-card="sent-back"]')
    const entry = sentBack.locator('li', { hasText: 'Calon Dikembalikan' })
    expect(await entry.innerText()).toContain(`Catatan peninjau: ${NOTE}`)
    for (const viewport of VIEWPORTS) {
      await tab.setViewportSize(viewport)
      await tab.screenshot({
        path: `${SHOTS}/dashboard-contributor-${viewport.width}x${viewport.height}.png`,
        fullPage: true,
      })
    }
    await context.close()
  })

  it('should say in words that the last site build failed, when, why and what to do', async () => {
    const { context, tab } = await signedIn('kpu.kontributor')
    const text = await tab.locator('[data-card="build"]').innerText()
    expect(text).toContain('Pembangunan situs terakhir GAGAL. Situs sebelumnya tetap tayang.')
    expect(text).toContain('26 November 2024 pukul 10.01 WIB')
    expect(text).toContain('Diterbitkan: Panduan jam pemungutan suara')
    expect(text).toContain('hubungi admin platform')
    await context.close()
  })
})
