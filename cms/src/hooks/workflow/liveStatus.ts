import type { CollectionSlug, PayloadRequest } from 'payload'

import type {} from '../../lib/requestContext'
import { isDraftSave } from './draftSaves'

const liveKey = (slug: string, id: unknown) => `editorial:live:${slug}:${String(id)}` as const

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

/** The status readers saw before the save under way (as `noteLiveStatus` read it). */
export const liveStatusBefore = (req: PayloadRequest, slug: string, id: unknown) =>
  req.context[liveKey(slug, id)] ?? null

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
  const draftSave = isDraftSave(req, slug) && status !== 'published'
  const liveAfter = draftSave ? liveBefore : (status ?? 'draft')
  return {
    draftSave,
    publishing: !draftSave && liveAfter === 'published',
    unpublishing: !draftSave && liveBefore === 'published' && liveAfter !== 'published',
  }
}

/** For hooks after a save: what it did to the live record (`id` is a global's slug for globals). */
export const liveChange = (slug: string, req: PayloadRequest, id: unknown, status: unknown) =>
  classify(slug, req, status, liveStatusBefore(req, slug, id))
