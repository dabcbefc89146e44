import type { CollectionAfterChangeHook, CollectionSlug, GlobalSlug, PayloadRequest } from 'payload'

import type { AuditLog } from '@pilkada/shared/payload-types'

import { relationId } from '../../../lib/relationId'
import { accountsWhere, globalPublishersOf, notify, publishersOf } from '../notify'

const indonesian = (label: unknown, fallback: string) =>
  typeof label === 'object' && label
    ? String((label as Record<string, string>).id)
    : typeof label === 'string'
      ? label
      : fallback

/**
 * What an audit entry is about: a collection's document, or a global (the site settings, whose
 * entries name the global as both collection and id). Null for anything else.
 */
const targetOf = (req: PayloadRequest, doc: AuditLog) => {
  const slug = doc.targetCollection
  const admin = req.payload.config.routes.admin
  const collection = req.payload.collections[slug as CollectionSlug]
  if (collection) {
    return {
      label: indonesian(collection.config.labels.singular, slug),
      link: `${admin}/collections/${slug}/${doc.targetId}`,
      publishers: () => publishersOf(req, slug as CollectionSlug, doc.targetId, doc.authority),
      latest: async () =>
        (
          await req.payload.find({
            collection: slug as CollectionSlug,
            where: { id: { equals: doc.targetId } },
            draft: true,
            depth: 0,
            limit: 1,
            overrideAccess: true,
            req,
          })
        ).docs[0] as unknown as Record<string, unknown> | undefined,
    }
  }
  const global = req.payload.config.globals.find((g) => g.slug === slug)
  if (!global) return null
  return {
    label: indonesian(global.label, slug),
    link: `${admin}/globals/${slug}`,
    publishers: () => globalPublishersOf(req, slug as GlobalSlug, doc.authority),
    latest: async () =>
      (await req.payload.findGlobal({
        slug: slug as GlobalSlug,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
      })) as unknown as Record<string, unknown> | undefined,
  }
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
  const { action } = doc
  if (!['review_submit', 'review_request_changes', 'publish'].includes(action)) return doc
  const target = targetOf(req, doc)
  if (!target) return doc
  const { link } = target
  const what =
    doc.targetTitle && doc.targetTitle !== target.label
      ? `${target.label} “${doc.targetTitle}”`
      : target.label
  const actor = doc.actorName || doc.actorEmail

  if (action === 'review_submit') {
    const publishers = await target.publishers()
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

  const latest = await target.latest()
  if (!latest) return doc
  const personId =
    action === 'review_request_changes'
      ? (relationId(latest.submittedBy) ?? relationId(latest.lastEditedBy))
      : relationId(latest.lastEditedBy)
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
