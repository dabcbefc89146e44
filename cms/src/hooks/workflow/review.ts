import {
  beforeChangeTraverseFields,
  ValidationError,
  type CollectionSlug,
  type GlobalSlug,
  type Operation,
  type PayloadRequest,
  type ValidationFieldError,
} from 'payload'

import type { AuditLog } from '@pilkada/shared/payload-types'

import type {} from '../../lib/requestContext'
import { isPublisher, type Editor } from '../../access/roles'
import { fieldError } from '../../lib/validationError'
import { relationId } from '../../lib/relationId'
import { refuse } from '../../lib/refuse'
import type { ReviewState } from '../../lib/reviewStates'

/**
 * The review flow of an editorial document: contributors submit (which runs the checks of
 * publishing), publishers publish, schedule, or send back with a note. Enforced in the editorial
 * guard for every route; the admin only offers what the guard allows.
 */

export type ReviewAction = Extract<
  AuditLog['action'],
  'review_request_changes' | 'review_submit' | 'review_to_draft'
>

export type ReviewStep = {
  action: ReviewAction
  before: ReviewState
  after: ReviewState
  comment?: string
}

const stepKey = (slug: string) => `editorial:review:${slug}` as const

/** A save of an editorial document, as the review checks see it. */
type ReviewedSave = {
  data: Record<string, unknown>
  id?: number | string
  operation: Operation
  /** The newest version before the save. */
  previous: Record<string, unknown>
  req: PayloadRequest
  slug: CollectionSlug | GlobalSlug
  /** The site settings follow the same review as collections. */
  isGlobal?: boolean
}

/** The step that the save under way makes, for the audit log after the save. */
export const takeReviewStep = (req: PayloadRequest, slug: string): null | ReviewStep => {
  const step = req.context[stepKey(slug)] ?? null
  delete req.context[stepKey(slug)]
  return step
}

/**
 * Runs every field's validation (required fields, the source, dates, lengths) on the document as
 * it will be after the save, as publishing does: a draft skips them, a submission does not.
 */
export const validateAsPublished = async ({
  data,
  id,
  isGlobal,
  operation,
  previous,
  req,
  slug,
}: ReviewedSave) => {
  const collection = isGlobal ? null : req.payload.collections[slug as CollectionSlug].config
  const global = isGlobal ? req.payload.config.globals.find((g) => g.slug === slug)! : null
  const merged = structuredClone({ ...previous, ...data })
  const errors: ValidationFieldError[] = []
  await beforeChangeTraverseFields({
    id,
    collection,
    context: { ...req.context },
    data: merged,
    doc: structuredClone(merged),
    docWithLocales: {},
    errors,
    fieldLabelPath: '',
    fields: (collection ?? global)!.fields,
    global,
    mergeLocaleActions: [],
    operation,
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req,
    siblingData: merged,
    siblingDoc: structuredClone(merged),
    siblingDocWithLocales: {},
    skipValidation: false,
  })
  if (errors.length > 0) {
    throw new ValidationError(
      isGlobal ? { global: slug, errors, req } : { id, collection: slug, errors, req },
      req.t,
    )
  }
}

/**
 * Applies the review step of a save that does not publish: checks who may make it, sets the
 * workflow fields in `data`, and remembers the step for the audit log. `contentChanged` names the
 * fields the save changes that readers would see.
 */
export const applyReviewStep = async ({
  contentChanged,
  data,
  id,
  isGlobal,
  operation,
  previous,
  req,
  slug,
  user,
}: ReviewedSave & { contentChanged: string[]; user: Editor }) => {
  const where = isGlobal ? { global: slug } : { collection: slug }
  const before = (previous.reviewState as ReviewState | undefined) ?? 'draft'
  const requested = (data.reviewState as ReviewState | undefined) ?? before
  let step: null | ReviewStep = null

  if (requested === 'changes_requested' && before !== 'changes_requested') {
    if (!isPublisher(user)) {
      throw refuse(
        'Hanya penerbit yang dapat mengembalikan dokumen untuk perbaikan. Kontributor mengajukan dokumen untuk ditinjau.',
      )
    }
    if (before !== 'submitted') {
      throw fieldError(req, {
        ...where,
        path: 'reviewState',
        message:
          'Hanya dokumen yang berstatus "Diajukan untuk ditinjau" yang dapat dikembalikan untuk perbaikan.',
      })
    }
    const comment = typeof data.reviewComment === 'string' ? data.reviewComment.trim() : ''
    if (!comment) {
      throw fieldError(req, {
        ...where,
        path: 'reviewComment',
        message:
          'Tulis catatan untuk kontributor: apa yang perlu diperbaiki sebelum diajukan lagi.',
      })
    }
    if (contentChanged.length > 0) {
      throw refuse(
        `Saat mengembalikan untuk perbaikan, isi dokumen tidak boleh diubah; tulis permintaan Anda di catatan peninjau. (Diubah: ${contentChanged.join(', ')}.)`,
      )
    }
    data.reviewComment = comment
    // The author stays the contributor: the publisher only wrote a note.
    data.lastEditedBy = relationId(previous.lastEditedBy)
    step = { action: 'review_request_changes', before, after: 'changes_requested', comment }
  } else if (requested === 'submitted') {
    await validateAsPublished({ data, id, isGlobal, operation, previous, req, slug })
    data.lastEditedBy = user.id
    if (before !== 'submitted') {
      data.submittedBy = user.id
      data.submittedAt = new Date().toISOString()
      data.reviewComment = null
      step = { action: 'review_submit', before, after: 'submitted' }
    }
  } else {
    // An edit after the document was sent back (or a submission withdrawn) makes it a draft
    // again, until it is submitted anew.
    data.reviewState = 'draft'
    data.lastEditedBy = user.id
    if (before !== 'draft') step = { action: 'review_to_draft', before, after: 'draft' }
  }
  req.context[stepKey(slug)] = step
}

/** What a publish does to the review fields: the reviewed version is live, nothing waits. */
export const closeReview = (data: Record<string, unknown>, req: PayloadRequest, slug: string) => {
  data.reviewState = 'draft'
  data.reviewComment = null
  req.context[stepKey(slug)] = null
}
