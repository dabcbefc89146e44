import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  Endpoint,
  FlattenedField,
  PayloadRequest,
} from 'payload'

import type { Ownership } from '../access/content'
import { editorOf, isPublisher } from '../access/roles'
import { coversRegion } from '../access/scope'
import { relationId } from '../lib/relationId'
import { refuse } from '../lib/refuse'
import { writeAudit } from './audit'
import { applyReviewStep, closeReview, takeReviewStep } from './review'
import { cancelSchedulesAfterChange } from './schedule'

/**
 * The editorial workflow, enforced for the admin, REST, GraphQL and the Local API alike:
 * - an account changes only what its authority owns, within its scope;
 * - only publishers publish or unpublish, and never a change whose last author is themself;
 * - reverting to an earlier version goes through the revert endpoint, with a reason;
 * - every publish, unpublish, delete and revert is written to the audit log.
 * Operations without a user (the seed, scheduled jobs run by the system) and derived updates
 * (`context.derived`) are system acts and pass.
 */

const draftKey = (slug: string) => `editorial:draft:${slug}`
const liveKey = (slug: string, id: unknown) => `editorial:live:${slug}:${String(id)}`

/** Records whether the save of `slug` under way is a draft save (collections and globals). */
export const noteDraft = (req: PayloadRequest, slug: string, draft: unknown) => {
  req.context[draftKey(slug)] = Boolean(draft)
}

/**
 * Reads and remembers the status of what readers see before a save: the record's own row (a
 * pending draft lives only in its versions, so the save's `originalDoc` can be a draft while the
 * live record is published). For a global, `id` is its slug.
 */
export const noteLiveStatus = async (
  req: PayloadRequest,
  slug: string,
  id: number | string,
  global = false,
): Promise<null | string> => {
  const row = (
    global
      ? await req.payload.db.findGlobal({ slug, req })
      : await req.payload.db.findOne({
          collection: slug as CollectionSlug,
          where: { id: { equals: id } },
          req,
        })
  ) as null | { _status?: string }
  const status = row?._status ?? null
  req.context[liveKey(slug, id)] = status
  return status
}

/** Fields that the workflow itself keeps; they are no editor's content. */
const WORKFLOW_FIELDS = new Set([
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'globalType',
  'lastEditedBy',
  'publishedBy',
  'reviewState',
  'reviewComment',
  'submittedBy',
  'submittedAt',
])

export const isSystemAct = (req: PayloadRequest) => !editorOf(req) || Boolean(req.context.derived)

/** Remembers whether the operation saves a draft: hooks further on have no `draft` argument. */
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
 * Values compared as readers get them: relationships by id, objects with their keys in order,
 * and an empty value the same whether it is missing, null, '' or [].
 */
const normalize = (value: unknown): unknown => {
  if (value === '' || (Array.isArray(value) && value.length === 0)) return null
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const record = value as unknown as Record<string, unknown>
    if ('id' in record && ('collection' in record || 'createdAt' in record))
      return String(record.id)
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => key !== 'id')
        .sort()
        .map((key) => [key, normalize(record[key])])
        .filter(([, normalized]) => normalized !== null),
    )
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return value ?? null
}

const latestVersion = async (req: PayloadRequest, slug: CollectionSlug, id: number | string) => {
  const { docs } = await req.payload.findVersions({
    collection: slug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    locale: req.locale ?? undefined,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

export type Classified = { publishing: boolean; unpublishing: boolean; draftSave: boolean }

/**
 * What a save does to the live record. `status` is the status the save writes (the data's, or
 * else the newest version's), `liveBefore` the live record's status before it. A draft save
 * leaves the live record alone; any other save writes over it.
 */
export const classify = (
  slug: string,
  req: PayloadRequest,
  status: unknown,
  liveBefore: unknown,
): Classified => {
  const draftSave = Boolean(req.context[draftKey(slug)]) && status !== 'published'
  const liveAfter = draftSave ? liveBefore : (status ?? 'draft')
  return {
    draftSave,
    publishing: !draftSave && liveAfter === 'published',
    unpublishing: !draftSave && liveBefore === 'published' && liveAfter !== 'published',
  }
}

/** For hooks after a save: what it did to the live record (`id` is a global's slug for globals). */
export const liveChange = (slug: string, req: PayloadRequest, id: unknown, status: unknown) =>
  classify(slug, req, status, req.context[liveKey(slug, id)] ?? null)

/** The names of fields that nobody types: joins, virtual fields and derived values. */
const derivedFields = (fields: FlattenedField[]) =>
  fields
    .filter(
      (field) =>
        field.type === 'join' ||
        ('virtual' in field && field.virtual) ||
        (field.custom as undefined | { derived?: boolean })?.derived,
    )
    .map((field) => field.name)

/** The fields a save changes that readers would see (workflow and derived fields aside). */
export const changedContent = (
  data: Record<string, unknown>,
  previous: Record<string, unknown>,
  fields: FlattenedField[],
): string[] => {
  const skip = new Set([...WORKFLOW_FIELDS, ...derivedFields(fields)])
  return Object.keys(data).filter(
    (key) =>
      !skip.has(key) &&
      JSON.stringify(normalize(data[key])) !== JSON.stringify(normalize(previous[key])),
  )
}

/**
 * The four-eyes rule, for collections and globals alike: a publisher publishes only what
 * someone else wrote, and changes nothing that readers see while publishing. Returns the author
 * to keep as `lastEditedBy`.
 */
export const checkFourEyes = ({
  data,
  fields,
  previous,
  user,
}: {
  data: Record<string, unknown>
  fields: FlattenedField[]
  previous: Record<string, unknown>
  user: { id: number | string }
}): null | string => {
  const ownChange =
    'Anda tidak dapat menerbitkan perubahan yang Anda buat sendiri. Simpan sebagai draf; penerbit lain meninjau dan menerbitkannya.'
  const author = relationId(previous.lastEditedBy)
  if (author === String(user.id)) throw refuse(ownChange)
  const changed = changedContent(data, previous, fields)
  if (changed.length > 0) {
    throw refuse(`${ownChange} (Diubah saat menerbitkan: ${changed.join(', ')}.)`)
  }
  return author
}

/** Resolves the region of a record as it will be saved (for regional collections). */
export type RegionOf = (
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
  req: PayloadRequest,
) => Promise<null | string>

export const editorialGuard =
  (slug: CollectionSlug, ownership: Ownership, regionOf?: RegionOf): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const liveBefore =
      operation === 'update' && originalDoc?.id !== undefined
        ? await noteLiveStatus(req, slug, originalDoc.id as number | string)
        : null
    if (isSystemAct(req)) return data
    const user = editorOf(req)!
    const AUTHORITY_NAMES: Record<string, string> = {
      kpu: 'KPU',
      bawaslu: 'Bawaslu',
      platform: 'platform',
    }

    const authority =
      ownership.owner === 'kpu' ? 'kpu' : ((data.authority ?? originalDoc?.authority) as string)
    const previousAuthority =
      ownership.owner === 'kpu' ? 'kpu' : (originalDoc?.authority as string | undefined)
    for (const owner of [authority, previousAuthority]) {
      if (owner && owner !== user.authority) {
        throw refuse(
          `Akun ${AUTHORITY_NAMES[user.authority]} tidak dapat mengubah isi milik ${AUTHORITY_NAMES[owner] ?? owner}.`,
        )
      }
    }
    if (ownership.regional || regionOf) {
      const region = regionOf
        ? await regionOf(data, originalDoc, req)
        : relationId(data.region ?? originalDoc?.region)
      if (!(await coversRegion(req, region))) {
        throw refuse(
          region
            ? 'Wilayah isi ini berada di luar cakupan akun Anda.'
            : 'Isi nasional hanya dapat diubah oleh akun nasional.',
        )
      }
    } else if (!(await coversRegion(req, null))) {
      throw refuse('Isi nasional hanya dapat diubah oleh akun nasional.')
    }

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
      if (operation === 'create') {
        throw refuse(
          'Anda tidak dapat menerbitkan perubahan yang Anda buat sendiri. Simpan sebagai draf; penerbit lain meninjau dan menerbitkannya.',
        )
      }
      data.lastEditedBy = checkFourEyes({ data, fields, previous, user })
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

const titleOf = (doc: Record<string, unknown>) =>
  String(doc.title ?? doc.question ?? doc.claim ?? doc.name ?? doc.key ?? doc.id ?? '')

const authorityOf = (ownership: Ownership, doc: Record<string, unknown>) =>
  (ownership.owner === 'kpu' ? 'kpu' : (doc.authority as string)) as 'bawaslu' | 'kpu'

/**
 * Writes every change of what readers see (publish and unpublish, by any route, scheduled jobs
 * included) to the audit log; any other save cancels the document's pending scheduled publish.
 */
export const auditChange =
  (slug: CollectionSlug, ownership: Ownership): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (req.context.derived || req.context.seeding) return doc
    const { publishing, unpublishing } = liveChange(slug, req, doc.id, doc._status)
    const authority = authorityOf(ownership, doc)
    if (!publishing) {
      await cancelSchedulesAfterChange(
        req,
        { doc: { relationTo: slug, value: doc.id } },
        { authority, targetTitle: titleOf(doc) },
      )
    }
    const step = takeReviewStep(req, slug)
    const audited = step || ((publishing || unpublishing) && !req.context.revertReason)
    const latest = audited ? await latestVersion(req, slug, doc.id) : undefined
    if (step) {
      await writeAudit(req, {
        action: step.action,
        targetCollection: slug,
        targetId: String(doc.id),
        targetTitle: titleOf(doc),
        versionId: latest ? String(latest.id) : undefined,
        reason: step.comment,
        authority,
        details: { reviewStateBefore: step.before, reviewStateAfter: step.after },
      })
    }
    // A revert writes its own entry, with the reason (see revertEndpoint).
    if (req.context.revertReason || (!publishing && !unpublishing)) return doc
    await writeAudit(req, {
      action: publishing ? 'publish' : 'unpublish',
      targetCollection: slug,
      targetId: String(doc.id),
      targetTitle: titleOf(doc),
      versionId: latest ? String(latest.id) : undefined,
      authority,
    })
    return doc
  }

export const auditDelete =
  (slug: CollectionSlug, ownership: Ownership): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (req.context.derived || req.context.seeding) return doc
    await writeAudit(req, {
      action: 'delete',
      targetCollection: slug,
      targetId: String(doc.id),
      targetTitle: titleOf(doc),
      authority: authorityOf(ownership, doc),
    })
    return doc
  }

/**
 * `POST /api/<collection>/<id>/revert` with `{ "versionId", "reason" }`: restores an earlier
 * version. The reason is required and goes to the audit log.
 */
export const revertEndpoint = (slug: CollectionSlug, ownership: Ownership): Endpoint => ({
  path: '/:id/revert',
  method: 'post',
  handler: async (req) => {
    const user = editorOf(req)
    if (!user)
      return Response.json({ errors: [{ message: 'Masuk terlebih dahulu.' }] }, { status: 401 })
    const body = (req.json ? await req.json().catch(() => ({})) : {}) as {
      reason?: string
      versionId?: string
    }
    const reason = body.reason?.trim() ?? ''
    if (reason.length < 10) {
      return Response.json(
        {
          errors: [
            {
              message: 'Alasan pemulihan wajib diisi (paling sedikit 10 karakter).',
              path: 'reason',
            },
          ],
        },
        { status: 400 },
      )
    }
    const id = String(req.routeParams?.id ?? '')
    const { docs } = await req.payload.findVersions({
      collection: slug,
      where: { and: [{ id: { equals: body.versionId } }, { parent: { equals: id } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!docs[0]) {
      return Response.json(
        { errors: [{ message: 'Versi tidak ditemukan untuk dokumen ini.' }] },
        { status: 404 },
      )
    }
    if (!isPublisher(user)) {
      return Response.json(
        { errors: [{ message: 'Hanya penerbit yang dapat memulihkan versi lama.' }] },
        { status: 403 },
      )
    }
    req.context.revertReason = reason
    const doc = await req.payload.restoreVersion({
      collection: slug,
      id: String(docs[0].id),
      overrideAccess: false,
      depth: 0,
      req,
    })
    await writeAudit(req, {
      action: 'revert',
      targetCollection: slug,
      targetId: id,
      targetTitle: titleOf(doc as unknown as Record<string, unknown>),
      versionId: String(docs[0].id),
      reason,
      authority: authorityOf(ownership, doc as unknown as Record<string, unknown>),
      // A revert can publish or unpublish: the entry says what readers saw before and after.
      details: {
        statusBefore: req.context[liveKey(slug, id)] ?? null,
        statusAfter: (doc as { _status?: string })._status ?? null,
      },
    })
    return Response.json({ message: 'Versi dipulihkan.', doc })
  },
})
