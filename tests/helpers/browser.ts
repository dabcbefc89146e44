import { existsSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { createRequire } from 'node:module'

import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { DEMO_ACCOUNTS, type AccountKey } from '@pilkada/shared'

import { serveSite } from '../../scripts/siteServer.mjs'
import { DEMO_PASSWORD } from './http'
import { siteDist } from './site'

/** Debian's Chromium (`apt-get install chromium`); test tools' own browser downloads fail here. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const launchChromium = (): Promise<Browser> => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" or set CHROMIUM_PATH`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * A tab in a browser context of its own, signed in to the admin as a demo account through the
 * CMS's login endpoint, which the login form posts to: the session cookie lands in the context,
 * and the tab opens wherever the test goes first. The form itself is tested on its own
 * (browser/admin.test.ts); going through it and the dashboard cost every other test seconds.
 */
export const signedInTab = async (
  browser: Browser,
  cmsUrl: string,
  account: Exclude<AccountKey, 'anonymous'>,
  options: BrowserContextOptions = {},
) => {
  const context = await browser.newContext({ locale: 'id-ID', ...options })
  const answer = await context.request.post(`${cmsUrl}/api/users/login`, {
    data: { email: DEMO_ACCOUNTS[account].email, password: DEMO_PASSWORD },
  })
  if (!answer.ok()) {
    await context.close()
    throw new Error(`${account} could not log in: ${answer.status()} ${await answer.text()}`)
  }
  return { context, tab: await context.newPage() }
}

/**
 * The built guide served from its files as in production, and a Chromium that opens it on a
 * phone-sized screen. Call it in a describe block: it starts both before the block's tests and
 * stops them after.
 */
export const guideInBrowser = ({ port = 4400 + Math.floor(Math.random() * 500) } = {}) => {
  let browser: Browser | undefined
  let server: Server | undefined
  beforeAll(async () => {
    server = await serveSite({ getRoot: siteDist, port, host: '127.0.0.1' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    server?.close()
  })
  const started = () => {
    if (!browser) throw new Error('guideInBrowser: the browser starts in beforeAll')
    return browser
  }
  return {
    base: `http://127.0.0.1:${port}`,
    browser: started,
    /** A new tab 360 px wide, in Indonesian, with or without JavaScript. */
    phone: (javaScriptEnabled = true) =>
      started().newPage({
        viewport: { width: 360, height: 740 },
        javaScriptEnabled,
        locale: 'id-ID',
      }),
  }
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** What axe-core finds against WCAG 2.2 AA (and the levels below) on the page open in a tab. */
export const axeViolations = async (tab: Page) => {
  await tab.addScriptTag({ content: AXE_SOURCE })
  return tab.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] }
    const { axe } = window as unknown as { axe: { run: (options: object) => Promise<Result> } }
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
  })
}
