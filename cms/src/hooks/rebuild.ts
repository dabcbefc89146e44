import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { notePublicChange } from '../cache/publicReads'
import { liveChange } from './workflow/liveStatus'

/**
 * Tells the site that published content changed. Locally `npm start` sets SITE_REBUILD_URL to
 * its build runner; in production DEPLOY_HOOK_URL points at the CDN's deploy hook. Both get the
 * shared secret in `x-rebuild-secret`. Fire and forget: a publish never waits for, or fails
 * because of, the site.
 */
export const signalRebuild = (reason: string) => {
  const url = process.env.DEPLOY_HOOK_URL || process.env.SITE_REBUILD_URL
  if (!url) return
  const secret = process.env.DEPLOY_HOOK_SECRET || process.env.SITE_REBUILD_SECRET || ''
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rebuild-secret': secret },
    body: JSON.stringify({ reason, at: new Date().toISOString() }),
    signal: AbortSignal.timeout(5000),
  }).catch((error: unknown) => {
    console.error(
      `[pilkada] Rebuild signal to ${url} failed: ${error instanceof Error ? error.message : error}`,
    )
  })
}

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

// The hooks below also raise the content version that empties every instance's cache of public
// reads (cache/publicReads.ts), inside the change's own transaction.
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (req.context.seeding || req.context.derived) return doc
  if (changedPublicContent(collection.slug, req, doc.id, doc)) {
    await notePublicChange(req)
    signalRebuild(`${collection.slug} ${doc.id}`)
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context.seeding) return doc
  await notePublicChange(req)
  signalRebuild(`${collection.slug} ${doc.id} deleted`)
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (!req.context.seeding && changedPublicContent(global.slug, req, global.slug, doc)) {
    await notePublicChange(req)
    signalRebuild(global.slug)
  }
  return doc
}
