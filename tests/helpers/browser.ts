import { existsSync } from 'node:fs'

import { chromium, type Browser } from 'playwright-core'

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
