import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import type {} from '../../lib/requestContext'
import { refuse } from '../../lib/refuse'
import { isSystemAct } from './systemAct'

const draftKey = (slug: string) => `editorial:draft:${slug}` as const

/** Records whether the save of `slug` under way is a draft save (collections and globals). */
export const noteDraft = (req: PayloadRequest, slug: string, draft: unknown) => {
  req.context[draftKey(slug)] = Boolean(draft)
}

/** Whether the save of `slug` under way was asked as a draft save. */
export const isDraftSave = (req: PayloadRequest, slug: string) =>
  Boolean(req.context[draftKey(slug)])

type SaveArgs = { data?: unknown; draft?: boolean }

/**
 * An editor's update without `draft` and without a status (a plain REST PATCH, a GraphQL update
 * without `draft: true`) would write the newest version over the live record, and so publish or
 * unpublish by accident: it is saved as a draft instead. Only an explicit `_status` changes what
 * readers see, and the guard checks who sends it.
 */
export const plainSavesAsDrafts = <T extends SaveArgs>(req: PayloadRequest, args: T): T => {
  const status = (args.data as undefined | { _status?: unknown })?._status
  if (args.draft || isSystemAct(req) || status !== undefined) return args
  return { ...args, draft: true }
}

/**
 * Remembers whether the operation saves a draft: hooks further on have no `draft` argument.
 * Restoring a version is an editor's act only through the revert endpoint, with a reason.
 */
export const rememberDraft =
  <TSlug extends CollectionSlug>(slug: TSlug): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, req }) => {
    if (operation === 'update') {
      const saving = plainSavesAsDrafts(req, args as SaveArgs)
      noteDraft(req, slug, saving.draft)
      return saving as typeof args
    }
    // A record created without `draft` is not live unless it says so (the guard checks who).
    if (operation === 'create') noteDraft(req, slug, args.draft)
    if (operation === 'restoreVersion') {
      noteDraft(req, slug, (args as SaveArgs).draft)
      if (!isSystemAct(req) && !req.context.revertReason) {
        throw refuse(
          'Memulihkan versi lama wajib disertai alasan. Gunakan POST /api/' +
            `${slug}/<id>/revert dengan { "versionId": "…", "reason": "…" }.`,
          400,
        )
      }
    }
    return args
  }
