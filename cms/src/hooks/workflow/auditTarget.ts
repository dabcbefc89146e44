import type { CollectionSlug } from 'payload'

import type { Ownership } from '../../access/content'
import type { AuditEntry } from '../audit'

/** What an audit entry says about the record it concerns: which one, its title, its owner. */
export const auditTarget = (
  slug: CollectionSlug,
  ownership: Ownership,
  doc: Record<string, unknown>,
): Pick<AuditEntry, 'authority' | 'targetCollection' | 'targetId' | 'targetTitle'> => ({
  targetCollection: slug,
  targetId: String(doc.id),
  targetTitle: String(
    doc.title ?? doc.question ?? doc.claim ?? doc.name ?? doc.key ?? doc.id ?? '',
  ),
  authority: ownership.owner === 'kpu' ? 'kpu' : (doc.authority as 'bawaslu' | 'kpu'),
})
