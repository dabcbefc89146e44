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
import { checkFourEyes } from './workflow/fourEyes'
import { classify, liveChange, noteLiveStatus } from './workflow/liveStatus'

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
 * The settings follow the workflow of content: contributors save drafts; a publisher publishes
 * or unpublishes, and publishes only what someone else wrote, unchanged (the four-eyes rule).
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
  if (publishing) {
    const latest = await latestSettingsVersion(req)
    const previous = (latest?.version ?? originalDoc ?? {}) as unknown as Record<string, unknown>
    const globalConfig = req.payload.config.globals.find((g) => g.slug === SLUG)!
    data.lastEditedBy = checkFourEyes({
      data,
      fields: globalConfig.flattenedFields,
      previous,
      user,
    })
    return data
  }
  data.lastEditedBy = user.id
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
  if (!publishing && !unpublishing) return doc
  const latest = await latestSettingsVersion(req)
  await writeAudit(req, {
    action: publishing ? 'publish' : 'unpublish',
    targetCollection: SLUG,
    targetId: SLUG,
    targetTitle: TITLE,
    versionId: latest ? String(latest.id) : undefined,
    authority: 'kpu',
  })
  return doc
}
