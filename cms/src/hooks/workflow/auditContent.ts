import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'

import type { Ownership } from '../../access/content'
import { writeAudit } from '../audit'
import { cancelSchedulesAfterChange } from '../schedule'
import { auditTarget } from './auditTarget'
import { latestVersion } from './latestVersion'
import { liveChange } from './liveStatus'
import { takeReviewStep } from './review'

/**
 * Writes every change of what readers see (publish and unpublish, by any route, scheduled jobs
 * included) and every review step to the audit log; any other save cancels the document's
 * pending scheduled publish.
 */
export const auditChange =
  (slug: CollectionSlug, ownership: Ownership): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (req.context.derived || req.context.seeding) return doc
    const { publishing, unpublishing } = liveChange(slug, req, doc.id, doc._status)
    const target = auditTarget(slug, ownership, doc)
    if (!publishing) {
      await cancelSchedulesAfterChange(
        req,
        { doc: { relationTo: slug, value: doc.id } },
        { authority: target.authority, targetTitle: target.targetTitle },
      )
    }
    const step = takeReviewStep(req, slug)
    const audited = step || ((publishing || unpublishing) && !req.context.revertReason)
    const latest = audited ? await latestVersion(req, slug, doc.id) : undefined
    const versionId = latest ? String(latest.id) : undefined
    if (step) {
      await writeAudit(req, {
        ...target,
        action: step.action,
        versionId,
        reason: step.comment,
        details: { reviewStateBefore: step.before, reviewStateAfter: step.after },
      })
    }
    // A revert writes its own entry, with the reason (endpoints/revert.ts).
    if (req.context.revertReason || (!publishing && !unpublishing)) return doc
    await writeAudit(req, { ...target, action: publishing ? 'publish' : 'unpublish', versionId })
    return doc
  }

export const auditDelete =
  (slug: CollectionSlug, ownership: Ownership): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (req.context.derived || req.context.seeding) return doc
    await writeAudit(req, { ...auditTarget(slug, ownership, doc), action: 'delete' })
    return doc
  }
