import type { PayloadRequest } from 'payload'

import { accountsWhere, notify } from '../notify'

const dateTime = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'long',
  timeStyle: 'short',
  hourCycle: 'h23',
  timeZone: 'Asia/Jakarta',
})

/** A failed build of the guide: every publisher is told, since what they published is not live. */
export const notifyBuildFailure = async (
  req: PayloadRequest,
  build: { finishedAt?: string; reason?: string; error?: string },
) => {
  const publishers = await accountsWhere(req.payload, { role: { equals: 'publisher' } })
  const at = build.finishedAt ? new Date(build.finishedAt) : new Date()
  const when = Number.isNaN(at.getTime()) ? '' : ` pada ${dateTime.format(at)} WIB`
  await notify(req, publishers, {
    kind: 'build_failed',
    message: `Pembangunan situs gagal${when}; situs sebelumnya tetap tayang. Pemicu: ${build.reason || '—'}. Galat: ${build.error || '—'}`,
    subject: 'Pembangunan situs gagal',
    link: req.payload.config.routes.admin,
  })
}
