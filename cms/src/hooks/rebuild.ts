import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { notePublicChange } from '../cache/publicReads'
import { queueRebuildSignal } from '../jobs/signalRebuild'
import { liveChange } from './workflow/liveStatus'

/**
 * Whether a save changed what the public sees: a publish or an unpublish, by any route (a draft
 * saved on a published document leaves the published version as it was); for collections
 * without drafts (regions, media), every save.
 */
const changedPublicContent = (
  slug: string,
  req: PayloadRequest,
  id: unknown,
  doc: Record<string, unknown>,
) => {
  if (!('_status' in doc)) return true
  const { publishing, unpublishing } = liveChange(slug, req, id, doc._status)
  return publishing || unpublishing
}

// The hooks below queue the site's rebuild signal (jobs/signalRebuild.ts) and raise the content
// version that empties every instance's cache of public reads (cache/publicReads.ts), both inside
// the change's own transaction.
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (req.context.seeding || req.context.derived) return doc
  if (changedPublicContent(collection.slug, req, doc.id, doc)) {
    await notePublicChange(req, collection.slug)
    await queueRebuildSignal(req, `${collection.slug} ${doc.id}`)
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context.seeding) return doc
  await notePublicChange(req, collection.slug)
  await queueRebuildSignal(req, `${collection.slug} ${doc.id} deleted`)
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (!req.context.seeding && changedPublicContent(global.slug, req, global.slug, doc)) {
    await notePublicChange(req, global.slug)
    await queueRebuildSignal(req, global.slug)
  }
  return doc
}
