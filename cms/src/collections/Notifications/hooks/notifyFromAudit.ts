import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import type { AuditLog } from '@pilkada/shared/payload-types'

import { relationId } from '../../../lib/relationId'
import { accountsWhere, notify, publishersOf } from '../notify'

const labelOf = (req: Parameters<CollectionAfterChangeHook>[0]['req'], slug: string) => {
  const label = req.payload.collections[slug as CollectionSlug]?.config.labels.singular
  return typeof label === 'object' && label ? String((label as Record<string, string>).id) : slug
}

/**
 * Every review step and publish is written to the audit log (hooks/workflow/auditContent.ts): its new
 * entries say whom to tell. Submitted: the publishers who may review it; sent back: the
 * contributor who submitted it; published: its author.
 */
export const notifyFromAudit: CollectionAfterChangeHook<AuditLog> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const { action, targetCollection: slug, targetId: id } = doc
  if (!['review_submit', 'review_request_changes', 'publish'].includes(action)) return doc
  if (!req.payload.collections[slug as CollectionSlug]) return doc
  const what = `${labelOf(req, slug)} “${doc.targetTitle || 'tanpa judul'}”`
  const link = `${req.payload.config.routes.admin}/collections/${slug}/${id}`
  const actor = doc.actorName || doc.actorEmail

  if (action === 'review_submit') {
    const publishers = await publishersOf(req, slug as CollectionSlug, id, doc.authority)
    await notify(
      req,
      publishers.filter((p) => String(p.id) !== relationId(doc.actor)),
      {
        kind: 'submitted',
        message: `${actor} mengajukan ${what} untuk Anda tinjau.`,
        subject: `Menunggu tinjauan Anda: ${what}`,
        link,
      },
    )
    return doc
  }

  const { docs } = await req.payload.find({
    collection: slug as CollectionSlug,
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const target = docs[0] as unknown as undefined | Record<string, unknown>
  if (!target) return doc
  const personId =
    action === 'review_request_changes'
      ? (relationId(target.submittedBy) ?? relationId(target.lastEditedBy))
      : relationId(target.lastEditedBy)
  if (!personId || personId === relationId(doc.actor)) return doc
  const people = await accountsWhere(req.payload, { id: { equals: personId } })
  if (action === 'review_request_changes') {
    await notify(req, people, {
      kind: 'changes_requested',
      message: `${actor} mengembalikan ${what} untuk perbaikan. Catatan: ${doc.reason ?? '—'}`,
      subject: `Perlu perbaikan: ${what}`,
      link,
    })
  } else {
    await notify(req, people, {
      kind: 'published',
      message: doc.actor
        ? `${actor} menerbitkan ${what}, tulisan Anda.`
        : `${what}, tulisan Anda, terbit sesuai jadwal.`,
      subject: `Diterbitkan: ${what}`,
      link,
    })
  }
  return doc
}
