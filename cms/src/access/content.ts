import type { Access, Where } from 'payload'

import { editorOf, isEditor, isNational, isPlatformAdmin, isPublisher } from './roles'
import { coveredRegionIds } from './scope'

/**
 * Access for content that editors publish. `owner` says who owns a record: 'kpu' for the
 * collections that belong to KPU (elections, candidates, stages), or 'field' for the ones that
 * carry their owning authority (guides, FAQs, fact-checks). `regional` collections have a
 * `region` field that regional accounts are limited to; the others are national records.
 */
export type Ownership = { owner: 'field' | 'kpu'; regional: boolean }

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Anyone reads published content; an editor also reads their own authority's drafts. */
export const readContent =
  ({ owner }: Ownership): Access =>
  ({ req }) => {
    const user = editorOf(req)
    if (!user) return PUBLISHED
    if (isPlatformAdmin(user)) return true
    if (owner === 'kpu') return user.authority === 'kpu' ? true : PUBLISHED
    return { or: [PUBLISHED, { authority: { equals: user.authority } }] }
  }

/** The records an editor may change: their authority's, within their scope. */
const ownRecords = async (
  ownership: Ownership,
  req: Parameters<Access>[0]['req'],
): Promise<boolean | Where> => {
  const user = editorOf(req)
  if (!isEditor(user)) return false
  if (ownership.owner === 'kpu' && user!.authority !== 'kpu') return false
  const byAuthority: Where | null =
    ownership.owner === 'field' ? { authority: { equals: user!.authority } } : null
  if (isNational(user)) return byAuthority ?? true
  if (!ownership.regional) return false
  const regions: Where = { region: { in: await coveredRegionIds(req) } }
  return byAuthority ? { and: [byAuthority, regions] } : regions
}

export const updateContent =
  (ownership: Ownership): Access =>
  ({ req, data }) => {
    // The admin asks with `_status: 'published'` whether to show "Publish" (and "Schedule"):
    // contributors do not see it, and such a save is refused here as well as in the guard.
    if (data?._status === 'published' && !isPublisher(editorOf(req))) return false
    return ownRecords(ownership, req)
  }

/** Deleting is a publisher's act: it removes content from the guide. */
export const deleteContent =
  (ownership: Ownership): Access =>
  ({ req }) =>
    isPublisher(editorOf(req)) ? ownRecords(ownership, req) : false

/**
 * Creating: contributors and publishers of the owning authority. Where the new record lies
 * (region, authority) is checked against the account's scope by the editorial guard hook.
 */
export const createContent =
  (ownership: Ownership): Access =>
  ({ req }) => {
    const user = editorOf(req)
    if (!isEditor(user)) return false
    if (ownership.owner === 'kpu') return user!.authority === 'kpu'
    return true
  }

/** Version history: admins, and editors of the owning authority; never anonymous readers. */
export const readVersions =
  ({ owner }: Ownership): Access =>
  ({ req }) => {
    const user = editorOf(req)
    if (!user) return false
    if (isPlatformAdmin(user)) return true
    if (owner === 'kpu') return user.authority === 'kpu'
    return { 'version.authority': { equals: user.authority } }
  }
