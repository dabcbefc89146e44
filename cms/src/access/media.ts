import type { Access, PayloadRequest, Where } from 'payload'

import type {} from '../lib/requestContext'
import { relationId } from '../lib/relationId'
import { editorOf, isEditor, isNational, isPublisher } from './roles'

/**
 * The images that published content shows: the photos of published candidate pairs (the main
 * document of a collection with drafts is its published version, whatever drafts follow it).
 * Derived when asked, once per request, instead of a flag kept in step by hooks: nothing to
 * migrate or repair, the same on SQLite and MongoDB, and never out of date.
 */
export const liveMediaIds = async (req: PayloadRequest): Promise<string[]> => {
  const cached = req.context.liveMediaIds
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'candidates',
    where: { _status: { equals: 'published' } },
    select: { photo: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = [
    ...new Set(docs.map((d) => relationId(d.photo)).filter((id): id is string => Boolean(id))),
  ]
  req.context.liveMediaIds = ids
  return ids
}

const NOTHING: Where = { id: { exists: false } }

/**
 * Anonymous readers (the public API, the site's build) see the images that published content
 * shows, so a draft pair's photo and its alt text (the names) stay private; editors see all.
 */
export const readMedia: Access = async ({ req }) => {
  if (req.user) return true
  const live = await liveMediaIds(req)
  return live.length > 0 ? { id: { in: live } } : NOTHING
}

/** Any KPU or Bawaslu editor uploads images; they belong to the uploader's authority. */
export const createMedia: Access = ({ req }) => isEditor(editorOf(req))

/**
 * Publishers change and delete their authority's images (regional publishers only those they
 * uploaded), live ones included, and such a change is audited. Contributors change only their
 * own images that no published content shows yet: a new photo for a published pair is a new
 * upload set on the pair's draft, which another person reviews and publishes.
 */
export const changeMedia: Access = async ({ req }) => {
  const user = editorOf(req)
  if (!isEditor(user)) return false
  const own: Where = { authority: { equals: user!.authority } }
  const uploaded: Where = { uploadedBy: { equals: user!.id } }
  if (isPublisher(user)) return isNational(user) ? own : { and: [own, uploaded] }
  const live = await liveMediaIds(req)
  return { and: [own, uploaded, ...(live.length > 0 ? [{ id: { not_in: live } }] : [])] }
}
