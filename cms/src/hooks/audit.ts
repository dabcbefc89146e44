import type { PayloadRequest } from 'payload'

import { editorOf } from '../access/roles'

export type AuditEntry = {
  action:
    | 'publish'
    | 'unpublish'
    | 'delete'
    | 'revert'
    | 'schedule_cancel'
    | 'account_create'
    | 'account_update'
    | 'account_delete'
    | 'account_unlock'
    | 'media_update'
    | 'media_delete'
  targetCollection: string
  targetId: string
  targetTitle?: string
  versionId?: string
  reason?: string
  authority: 'bawaslu' | 'kpu' | 'platform'
  details?: Record<string, unknown>
}

/** Appends to the audit log, in the same transaction as the act it records. */
export const writeAudit = async (req: PayloadRequest, entry: AuditEntry) => {
  const user = editorOf(req)
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      actor: user?.id ?? null,
      actorEmail: user?.email ?? 'sistem',
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
