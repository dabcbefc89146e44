import {
  createLocalReq,
  type CollectionSlug,
  type Payload,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'

import type { User } from '@pilkada/shared/payload-types'

import { relationId } from '../../lib/relationId'

/**
 * What the dashboard shows an editor, read through the Local API with the editor's own access
 * (`overrideAccess: false`), so nobody sees a document they may not read or act on.
 */

export type QueueItem = {
  collection: string
  collectionLabel: string
  id: string
  title: string
  href: string
  person: string
  at: null | string
  comment: null | string
}

export type ScheduledItem = {
  title: string
  href: string
  type: 'publish' | 'unpublish'
  at: string
}

export type BuildStatus = {
  status: 'failed' | 'none' | 'success'
  finishedAt: null | string
  reason: string
  error: string
}

export type DashboardData = {
  role: User['role']
  queue: { items: QueueItem[]; total: number }
  drafts: { items: QueueItem[]; total: number }
  sentBack: { items: QueueItem[]; total: number }
  build: BuildStatus
  scheduled: ScheduledItem[]
}

const LIMIT = 20

const editorialCollections = (payload: Payload): SanitizedCollectionConfig[] =>
  payload.config.collections.filter((collection) =>
    collection.flattenedFields.some((field) => field.name === 'reviewState'),
  )

const labelOf = (collection: SanitizedCollectionConfig) => {
  const plural = collection.labels.plural
  return typeof plural === 'object' && plural && 'id' in plural
    ? String((plural as Record<string, string>).id)
    : collection.slug
}

const titleOf = (collection: SanitizedCollectionConfig, doc: Record<string, unknown>) =>
  String(doc[collection.admin.useAsTitle ?? 'id'] ?? doc.title ?? doc.id)

const docHref = (payload: Payload, slug: string, id: number | string) =>
  `${payload.config.routes.admin}/collections/${slug}/${id}`

type Found = { collection: SanitizedCollectionConfig; doc: Record<string, unknown> }

/** The documents of every editorial collection that match `where` and that the editor may change. */
const findChangeable = async (
  payload: Payload,
  user: User,
  where: Where,
  sort: string,
): Promise<{ found: Found[]; total: number }> => {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const found: Found[] = []
  let total = 0
  for (const collection of editorialCollections(payload)) {
    const access = collection.access.update
    const mayChange = access ? await access({ req } as never) : false
    if (!mayChange) continue
    const { docs, totalDocs } = await payload.find({
      collection: collection.slug as CollectionSlug,
      where: mayChange === true ? where : { and: [where, mayChange] },
      draft: true,
      depth: 0,
      limit: LIMIT,
      sort,
      overrideAccess: false,
      user: { ...user, collection: 'users' },
    })
    total += totalDocs
    for (const doc of docs)
      found.push({ collection, doc: doc as unknown as Record<string, unknown> })
  }
  return { found, total }
}

const namesOf = async (payload: Payload, ids: string[]) => {
  if (ids.length === 0) return new Map<string, string>()
  // Colleagues' names only; an editor may not read other accounts.
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [String(doc.id), String(doc.name)]))
}

const toItems = async (
  payload: Payload,
  found: Found[],
  personField: 'lastEditedBy' | 'submittedBy',
  atField: 'submittedAt' | 'updatedAt',
): Promise<QueueItem[]> => {
  const names = await namesOf(payload, [
    ...new Set(found.map(({ doc }) => relationId(doc[personField])).filter(Boolean) as string[]),
  ])
  return found
    .map(({ collection, doc }) => ({
      collection: collection.slug,
      collectionLabel: labelOf(collection),
      id: String(doc.id),
      title: titleOf(collection, doc),
      href: docHref(payload, collection.slug, doc.id as string),
      person: names.get(relationId(doc[personField]) ?? '') ?? '—',
      at: (doc[atField] as null | string) ?? null,
      comment: (doc.reviewComment as null | string) || null,
    }))
    .sort((a, b) => String(a.at).localeCompare(String(b.at)))
    .slice(0, LIMIT)
}

const buildStatus = async (payload: Payload, user: User): Promise<BuildStatus> => {
  const build = (await payload.findGlobal({
    slug: 'site-build-status',
    depth: 0,
    overrideAccess: false,
    user: { ...user, collection: 'users' },
  })) as unknown as Record<string, unknown>
  const status = build.status === 'success' || build.status === 'failed' ? build.status : 'none'
  return {
    status,
    finishedAt: (build.finishedAt as string) || (build.startedAt as string) || null,
    reason: String(build.reason ?? ''),
    error: String(build.error ?? ''),
  }
}

type Job = {
  waitUntil?: string
  input?: {
    type?: string
    doc?: { relationTo: string; value: number | string }
    global?: string
  }
}

/** The pending scheduled publishes of documents the editor may read, soonest first. */
const scheduledPublishes = async (payload: Payload, user: User): Promise<ScheduledItem[]> => {
  // Jobs are the system's (platform admins only); each is shown only if its document is readable.
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  const items: ScheduledItem[] = []
  for (const job of docs as Job[]) {
    const input = job.input ?? {}
    const type = input.type === 'unpublish' ? 'unpublish' : 'publish'
    if (input.doc) {
      const collection = payload.collections[input.doc.relationTo as CollectionSlug]?.config
      if (!collection) continue
      const doc = await payload.findByID({
        collection: collection.slug as CollectionSlug,
        id: input.doc.value,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: { ...user, collection: 'users' },
        disableErrors: true,
      })
      if (!doc) continue
      items.push({
        title: `${labelOf(collection)}: ${titleOf(collection, doc as unknown as Record<string, unknown>)}`,
        href: docHref(payload, collection.slug, input.doc.value),
        type,
        at: String(job.waitUntil ?? ''),
      })
    } else if (input.global && (user.role === 'admin' || user.authority === 'kpu')) {
      items.push({
        title: 'Pengaturan situs',
        href: `${payload.config.routes.admin}/globals/${input.global}`,
        type,
        at: String(job.waitUntil ?? ''),
      })
    }
    if (items.length >= 10) break
  }
  return items
}

export const dashboardData = async (payload: Payload, user: User): Promise<DashboardData> => {
  const empty = { items: [], total: 0 }
  const isPublisher = user.role === 'publisher'
  const isContributor = user.role === 'contributor'
  const [queue, drafts, sentBack] = await Promise.all([
    isPublisher
      ? findChangeable(payload, user, { reviewState: { equals: 'submitted' } }, 'submittedAt')
      : null,
    isContributor
      ? findChangeable(
          payload,
          user,
          {
            and: [
              { reviewState: { equals: 'draft' } },
              { _status: { equals: 'draft' } },
              { lastEditedBy: { equals: user.id } },
            ],
          },
          'updatedAt',
        )
      : null,
    isContributor
      ? findChangeable(payload, user, { reviewState: { equals: 'changes_requested' } }, 'updatedAt')
      : null,
  ])
  return {
    role: user.role,
    queue: queue
      ? {
          items: await toItems(payload, queue.found, 'submittedBy', 'submittedAt'),
          total: queue.total,
        }
      : empty,
    drafts: drafts
      ? {
          items: await toItems(payload, drafts.found, 'lastEditedBy', 'updatedAt'),
          total: drafts.total,
        }
      : empty,
    sentBack: sentBack
      ? {
          items: await toItems(payload, sentBack.found, 'lastEditedBy', 'updatedAt'),
          total: sentBack.total,
        }
      : empty,
    build: await buildStatus(payload, user),
    scheduled: await scheduledPublishes(payload, user),
  }
}
