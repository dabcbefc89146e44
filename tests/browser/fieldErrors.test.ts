import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, signedInTab } from '../helpers/browser'
import { cmsUrl, login, rest } from '../helpers/http'

/**
 * A refusal of the CMS's own checks as an editor meets it in the admin: the specific Indonesian
 * message on the field at fault, and a toast in Indonesian that names the field.
 */
describe('a refused save in the admin', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** A pair of the Kota Bandung race as its contributor reads it, drafts included. */
  const bandungPair = async (headName: string) => {
    const { body } = await rest(
      'GET',
      `/candidates?where[headName][equals]=${encodeURIComponent(headName)}` +
        `&where[title][contains]=${encodeURIComponent('Kota Bandung')}&limit=1&depth=0&draft=true`,
      { token: await login('kpu.bandung') },
    )
    return body.docs[0] as { id: string; ballotNumber: number }
  }

  /** The text of the error toasts the admin shows after a refused save. */
  const errorToastText = async (tab: Page) => {
    const toasts = tab.locator('[data-sonner-toast][data-type="error"]')
    await toasts.first().waitFor({ timeout: 60_000 })
    return (await toasts.allInnerTexts()).join('\n')
  }

  it("should show a KPU contributor the taken ballot number's message on the field, in Indonesian", async () => {
    // Two pairs of the Kota Bandung race: the second takes the first one's number.
    const taken = await bandungPair('M. FARHAN')
    const pair = await bandungPair('ARFI RAFNIALDI')
    const { context, tab } = await signedInTab(browser, cmsUrl(), 'kpu.bandung')
    await tab.goto(`${cmsUrl()}/admin/collections/candidates/${pair.id}`)
    const input = tab.locator('#field-ballotNumber')
    await input.waitFor({ timeout: 60_000 })
    await input.fill(String(taken.ballotNumber))
    await tab.getByRole('button', { name: 'Simpan Draf' }).click()

    const toast = await errorToastText(tab)
    expect(toast).toContain('Isian berikut tidak valid: Nomor urut')
    expect(toast).not.toMatch(/following|invalid|ballotNumber/i)
    // Still there after the form's next exchange with the server, until the editor acts on it.
    await tab.waitForTimeout(2_000)
    const field = tab.locator('.field-type.number', { has: input })
    expect(await field.locator('.field-error').innerText()).toBe(
      `Nomor urut ${taken.ballotNumber} sudah dipakai pasangan M. FARHAN – ERWIN, S.E., M.Pd. dalam pemilihan ini.`,
    )
    expect((await bandungPair('ARFI RAFNIALDI')).ballotNumber).toBe(pair.ballotNumber)
    await context.close()
  }, 180_000)
})
