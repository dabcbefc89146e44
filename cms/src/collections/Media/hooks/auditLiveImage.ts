import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import type { Media } from '@pilkada/shared/payload-types'

import { liveMediaIds } from '../../../access/media'
import { editorOf } from '../../../access/roles'
import { writeAudit } from '../../../hooks/audit'

const authorityOf = (doc: Media) => (doc.authority === 'bawaslu' ? 'bawaslu' : 'kpu')

/** A change to an image that published content shows changes the guide: audited. */
export const auditLiveImageChange: CollectionAfterChangeHook<Media> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || req.context.seeding || !editorOf(req)) return doc
  if (!(await liveMediaIds(req)).includes(String(doc.id))) return doc
  await writeAudit(req, {
    action: 'media_update',
    targetCollection: 'media',
    targetId: String(doc.id),
    targetTitle: doc.filename ?? undefined,
    authority: authorityOf(doc),
    details: {
      fileReplaced: previousDoc?.filename !== doc.filename,
      previousFilename: previousDoc?.filename ?? null,
    },
  })
  return doc
}

/** Deleting clears the pairs' photo first, so whether the image was live is asked before. */
export const noteLiveImageDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!editorOf(req)) return
  const live = (await liveMediaIds(req)).includes(String(id))
  req.context[`liveImageDeleted:${id}`] = live
}

export const auditLiveImageDelete: CollectionAfterDeleteHook<Media> = async ({ doc, id, req }) => {
  if (!req.context[`liveImageDeleted:${id}`]) return doc
  await writeAudit(req, {
    action: 'media_delete',
    targetCollection: 'media',
    targetId: String(id),
    targetTitle: doc.filename ?? undefined,
    authority: authorityOf(doc),
  })
  return doc
}
