import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { editorOf, isPlatformAdmin } from '../access/roles'
import { relationId } from '../lib/relationId'
import { refuse } from '../lib/refuse'
import { writeAudit } from './audit'

const PRIVILEGED = ['role', 'authority', 'scope', 'regions'] as const

/**
 * Nobody raises their own role or changes their own authority or scope, admins included; and
 * only admins change anybody's. Field access alone would drop such a change silently: this says
 * no, in Indonesian, before anything is written.
 */
export const refuseSelfElevation: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
  req,
}) => {
  const user = editorOf(req)
  if (!user || operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const touched = PRIVILEGED.filter((field) => field in data)
  if (touched.length === 0) return args
  const id = (args as { id?: number | string }).id
  const self = id !== undefined && String(id) === String(user.id)
  const changes = touched.filter((field) => {
    const current = user[field as keyof typeof user]
    const normalize = (v: unknown) =>
      JSON.stringify(Array.isArray(v) ? v.map((x) => relationId(x)).sort() : (v ?? null))
    return !self || normalize(data[field]) !== normalize(current)
  })
  if (changes.length === 0) return args
  if (self) throw refuse('Anda tidak dapat mengubah peran, lembaga atau cakupan akun Anda sendiri.')
  if (!isPlatformAdmin(user))
    throw refuse('Hanya admin platform yang dapat mengubah peran, lembaga atau cakupan akun.')
  return args
}

export const auditAccountChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (req.context.seeding || !editorOf(req)) return doc
  const changed =
    operation === 'create'
      ? PRIVILEGED.filter((f) => doc[f] !== undefined)
      : PRIVILEGED.filter(
          (f) => JSON.stringify(doc[f] ?? null) !== JSON.stringify(previousDoc?.[f] ?? null),
        )
  if (operation === 'update' && changed.length === 0) return doc
  await writeAudit(req, {
    action: operation === 'create' ? 'account_create' : 'account_update',
    targetCollection: 'users',
    targetId: String(doc.id),
    targetTitle: doc.email,
    authority: 'platform',
    details: Object.fromEntries(changed.map((f) => [f, doc[f] ?? null])),
  })
  return doc
}

export const auditAccountDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!editorOf(req)) return doc
  await writeAudit(req, {
    action: 'account_delete',
    targetCollection: 'users',
    targetId: String(doc.id),
    targetTitle: doc.email,
    authority: 'platform',
  })
  return doc
}

/** Every unlock (an admin's act, see the collection's access) names the account it unlocked. */
export const auditUnlock: CollectionAfterOperationHook<'users'> = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'unlock' || !result) return result
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .toLowerCase()
    .trim()
  const account = await req.payload.db.findOne<{ id: number | string }>({
    collection: 'users',
    where: { email: { equals: email } },
  })
  await writeAudit(req, {
    action: 'account_unlock',
    targetCollection: 'users',
    targetId: String(account?.id ?? email),
    targetTitle: email,
    authority: 'platform',
  })
  return result
}
