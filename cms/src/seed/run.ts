/**
 * `pnpm --filter @pilkada/cms seed [--if-empty]`: seeds the database named by DATABASE_URI.
 * With --if-empty it does nothing when regions exist already (what `npm start` runs).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

const payload = await getPayload({ config })
const ifEmpty = process.argv.includes('--if-empty')
const { totalDocs } = await payload.count({ collection: 'regions' })
if (ifEmpty && totalDocs > 0) {
  payload.logger.info(`Seed skipped: the database already holds ${totalDocs} regions.`)
} else {
  const started = Date.now()
  const created = await seed(payload)
  const summary = Object.entries(created)
    .map(([slug, n]) => `${n} ${slug}`)
    .join(', ')
  payload.logger.info(
    `Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary || 'nothing to add'}.`,
  )
}
await payload.destroy()
process.exit(0)
