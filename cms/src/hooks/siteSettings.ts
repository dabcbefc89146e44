import type {
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { editorOf, isPublisher } from '../access/roles'
import { refuse } from '../lib/refuse'
import { writeAudit } from './audit'
import { cancelSchedulesAfterChange } from './schedule'
import { noteDraft, plainSavesAsDrafts } from './workflow/draftSaves'
import { changedContent } from './workflow/changedContent'
import { checkFourEyes } from './workflow/fourEyes'
import { classify, liveChange, noteLiveStatus } from './workflow/liveStatus'
import { applyReviewStep, closeReview, takeReviewStep } from './workflow/review'

const SLUG = 'site-settings'
const TITLE = 'Pengaturan situs'

/** Remembers whether an update of the settings saves a draft (hooks further on cannot tell). */
export const rememberSettingsDraft: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const next = plainSavesAsDrafts(req, args as { data?: unknown; draft?: boolean })
  noteDraft(req, SLUG, next.draft)
  return next as typeof args
}

const latestSettingsVersion = async (req: PayloadRequest) =>
  (
    await req.payload.findGlobalVersions({
      slug: SLUG,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      locale: req.locale ?? undefined,
      overrideAccess: true,
      req,
    })
  ).docs[0]

/**
 * The settings follow the workflow of content: contributors save drafts and submit them for
 * review; a publisher sends them back or publishes (or unpublishes), and publishes only what
 * someone else wrote and submitted, unchanged (the four-eyes rule).
 */
export const siteSettingsGuard: GlobalBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const liveBefore = await noteLiveStatus(req, SLUG, SLUG, true)
  const user = editorOf(req)
  if (!user || req.context.seeding) return data
  const { publishing, unpublishing } = classify(
    SLUG,
    req,
    data._status ?? originalDoc?._status,
    liveBefore,
  )
  if ((publishing || unpublishing) && !isPublisher(user)) {
    throw refuse('Hanya penerbit yang dapat menerbitkan pengaturan situs. Simpan sebagai draf.')
  }
  if (unpublishing) {
    data.lastEditedBy = user.id
    return data
  }
  const latest = await latestSettingsVersion(req)
  const previous = (latest?.version ?? originalDoc ?? {}) as unknown as Record<string, unknown>
  const { flattenedFields } = req.payload.config.globals.find((g) => g.slug === SLUG)!
  if (publishing) {
    data.lastEditedBy = checkFourEyes({
      data,
      fields: flattenedFields,
      previous,
      req,
      target: { global: SLUG },
      user,
    })
    data.publishedBy = user.id
    closeReview(data, req, SLUG)
    return data
  }
  await applyReviewStep({
    contentChanged: changedContent(data, previous, flattenedFields),
    data,
    isGlobal: true,
    operation: 'update',
    previous,
    req,
    slug: SLUG,
    user,
  })
  return data
}

/** Publishing and unpublishing the settings go to the audit log, as for content. */
export const auditSettingsChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  if (req.context.seeding) return doc
  const { publishing, unpublishing } = liveChange(SLUG, req, SLUG, doc._status)
  if (!publishing) {
    await cancelSchedulesAfterChange(
      req,
      { global: SLUG },
      { authority: 'kpu', targetTitle: TITLE },
    )
  }
  const step = takeReviewStep(req, SLUG)
  if (!step && !publishing && !unpublishing) return doc
  const latest = await latestSettingsVersion(req)
  const versionId = latest ? String(latest.id) : undefined
  if (step) {
    await writeAudit(req, {
      action: step.action,
      targetCollection: SLUG,
      targetId: SLUG,
      targetTitle: TITLE,
      versionId,
      reason: step.comment,
      authority: 'kpu',
      details: { reviewStateBefore: step.before, reviewStateAfter: step.after },
    })
  }
  if (!publishing && !unpublishing) return doc
  await writeAudit(req, {
    action: publishing ? 'publish' : 'unpublish',
    targetCollection: SLUG,
    targetId: SLUG,
    targetTitle: TITLE,
    versionId,
    authority: 'kpu',
  })
  return doc
}
