import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import type { Ownership } from '../../access/content'
import { editorOf, isPublisher } from '../../access/roles'
import { refuse } from '../../lib/refuse'
import { changedContent } from './changedContent'
import { checkFourEyes, OWN_CHANGE } from './fourEyes'
import { latestVersion } from './latestVersion'
import { classify, noteLiveStatus } from './liveStatus'
import { checkOwnership, type RegionOf } from './ownership'
import { applyReviewStep, closeReview } from './review'
import { isSystemAct } from './systemAct'

/**
 * The editorial workflow, enforced for the admin, REST, GraphQL and the Local API alike:
 * - an account changes only what its authority owns, within its scope (ownership.ts);
 * - only publishers publish or unpublish, and only a change that someone else wrote and
 *   submitted for review (fourEyes.ts);
 * - any other save is a step of the review (review.ts);
 * - reverting to an earlier version goes through the revert endpoint, with a reason.
 * System acts (systemAct.ts) pass.
 */
export const editorialGuard =
  (slug: CollectionSlug, ownership: Ownership, regionOf?: RegionOf): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const liveBefore =
      operation === 'update' && originalDoc?.id !== undefined
        ? await noteLiveStatus(req, slug, originalDoc.id as number | string)
        : null
    if (isSystemAct(req)) return data
    const user = editorOf(req)!
    await checkOwnership({ data, originalDoc, ownership, regionOf, req, user })

    const { publishing, unpublishing } = classify(
      slug,
      req,
      data._status ?? originalDoc?._status,
      liveBefore,
    )
    if ((publishing || unpublishing) && !isPublisher(user)) {
      throw refuse(
        'Hanya penerbit yang dapat menerbitkan atau menarik terbitan. Simpan sebagai draf dan ajukan untuk ditinjau.',
      )
    }
    const fields = req.payload.collections[slug].config.flattenedFields
    const latest =
      operation === 'update' ? await latestVersion(req, slug, originalDoc!.id as string) : undefined
    const previous = (latest?.version ?? originalDoc ?? {}) as unknown as Record<string, unknown>
    if (publishing && !req.context.revertReason) {
      if (operation === 'create') throw refuse(OWN_CHANGE)
      data.lastEditedBy = checkFourEyes({
        data,
        fields,
        previous,
        req,
        target: { collection: slug },
        user,
      })
      data.publishedBy = user.id
      closeReview(data, req, slug)
    } else if (publishing) {
      data.publishedBy = user.id
      closeReview(data, req, slug)
    } else if (unpublishing || req.context.revertReason) {
      // A restored version starts its review anew.
      data.lastEditedBy = user.id
      if (req.context.revertReason) data.reviewState = 'draft'
    } else {
      await applyReviewStep({
        contentChanged: changedContent(data, previous, fields),
        data,
        id: originalDoc?.id as number | string | undefined,
        operation,
        previous,
        req,
        slug,
        user,
      })
    }
    return data
  }
