import type { PayloadRequest } from 'payload'

import type { AuditLog } from '@pilkada/shared/payload-types'

import { editorOf } from '../access/roles'

export type AuditEntry = {
  action: AuditLog['action']
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
      actorName: user?.name ?? 'Sistem',
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
