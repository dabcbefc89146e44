import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  Endpoint,
  PayloadRequest,
} from 'payload'

import type { Ownership } from '../access/content'
import { editorOf, isPublisher } from '../access/roles'
import { coversRegion } from '../access/scope'
import { relationId } from '../lib/relationId'
import { refuse } from '../lib/refuse'
import { writeAudit } from './audit'

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

/** Records whether the save of `slug` under way is a draft save (collections and globals). */
export const noteDraft = (req: PayloadRequest, slug: string, draft: unknown) => {
  req.context[draftKey(slug)] = Boolean(draft)
}
const META = new Set([
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'lastEditedBy',
  'publishedBy',
  'submittedForReview',
  'title',
  'region',
  'candidateCount',
  'singleCandidate',
])

export const isSystemAct = (req: PayloadRequest) => !editorOf(req) || Boolean(req.context.derived)

/** Remembers whether the operation saves a draft: hooks further on have no `draft` argument. */
export const rememberDraft =
  <TSlug extends CollectionSlug>(slug: TSlug): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, req }) => {
    if (operation === 'create' || operation === 'update') noteDraft(req, slug, args.draft)
    if (operation === 'restoreVersion' && !isSystemAct(req) && !req.context.revertReason) {
      throw refuse(
        'Memulihkan versi lama wajib disertai alasan. Gunakan POST /api/' +
          `${slug}/<id>/revert dengan { "versionId": "…", "reason": "…" }.`,
        400,
      )
    }
    return args
  }

/** Values compared as stored: relationships by id, objects with their keys in order. */
const normalize = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const record = value as unknown as Record<string, unknown>
    if ('id' in record && ('collection' in record || 'createdAt' in record))
      return String(record.id)
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => record[key] !== undefined && key !== 'id')
        .sort()
        .map((key) => [key, normalize(record[key])]),
    )
  }
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

export const classify = (
  slug: string,
  req: PayloadRequest,
  data: Record<string, unknown>,
  originalDoc?: Record<string, unknown>,
): Classified => {
  const draftSave = Boolean(req.context[draftKey(slug)]) && data._status !== 'published'
  const resulting = (data._status ?? originalDoc?._status ?? 'draft') as string
  return {
    draftSave,
    publishing: !draftSave && resulting === 'published',
    unpublishing: !draftSave && originalDoc?._status === 'published' && resulting === 'draft',
  }
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

    const { publishing, unpublishing } = classify(slug, req, data, originalDoc)
    if ((publishing || unpublishing) && !isPublisher(user)) {
      throw refuse(
        'Hanya penerbit yang dapat menerbitkan atau menarik terbitan. Simpan sebagai draf dan ajukan untuk ditinjau.',
      )
    }
    if (publishing && !req.context.revertReason) {
      // Two people see everything before it goes live: the publisher is not its last author.
      const ownChange =
        'Anda tidak dapat menerbitkan perubahan yang Anda buat sendiri. Simpan sebagai draf; penerbit lain meninjau dan menerbitkannya.'
      if (operation === 'create') throw refuse(ownChange)
      const latest = await latestVersion(req, slug, originalDoc!.id as string)
      const previous = (latest?.version ?? originalDoc ?? {}) as unknown as Record<string, unknown>
      if (relationId(previous.lastEditedBy) === String(user.id)) throw refuse(ownChange)
      const changed = Object.keys(data).filter(
        (key) =>
          !META.has(key) &&
          JSON.stringify(normalize(data[key])) !== JSON.stringify(normalize(previous[key])),
      )
      if (changed.length > 0)
        throw refuse(`${ownChange} (Diubah saat menerbitkan: ${changed.join(', ')}.)`)
      data.lastEditedBy = relationId(previous.lastEditedBy)
      data.publishedBy = user.id
      data.submittedForReview = false
    } else if (publishing) {
      data.publishedBy = user.id
    } else {
      data.lastEditedBy = user.id
    }
    return data
  }

const titleOf = (doc: Record<string, unknown>) =>
  String(doc.title ?? doc.question ?? doc.claim ?? doc.name ?? doc.key ?? doc.id ?? '')

const authorityOf = (ownership: Ownership, doc: Record<string, unknown>) =>
  (ownership.owner === 'kpu' ? 'kpu' : (doc.authority as string)) as 'bawaslu' | 'kpu'

/** Writes publish and unpublish acts (including scheduled ones) to the audit log. */
export const auditChange =
  (slug: CollectionSlug, ownership: Ownership): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, data }) => {
    if (req.context.derived || req.context.revertReason || req.context.seeding) return doc
    const { publishing, unpublishing } = classify(
      slug,
      req,
      { ...data, _status: doc._status },
      previousDoc,
    )
    if (!publishing && !unpublishing) return doc
    const latest = await latestVersion(req, slug, doc.id)
    await writeAudit(req, {
      action: publishing ? 'publish' : 'unpublish',
      targetCollection: slug,
      targetId: String(doc.id),
      targetTitle: titleOf(doc),
      versionId: latest ? String(latest.id) : undefined,
      authority: authorityOf(ownership, doc),
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
    })
    return Response.json({ message: 'Versi dipulihkan.', doc })
  },
})
