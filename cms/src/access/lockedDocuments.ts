import type {
  Access,
  CollectionAfterReadHook,
  PayloadRequest,
  SanitizedConfig,
  Where,
} from 'payload'

import { AUTHORITY_LABELS } from '@pilkada/shared/labels'

import { relationId } from '../lib/relationId'
import { refuse } from '../lib/refuse'
import { isPlatformAdmin, editorOf } from './roles'

/**
 * Document locks (`payload-locked-documents`: "someone is editing this") are Payload's own
 * collection, added when the config is sanitized, with "any logged-in account" for every
 * operation: an editor could lock documents in another's name, lock what they may not edit, or
 * delete and take over other editors' locks. The admin creates and refreshes locks on the
 * server without access control; over REST and GraphQL these rules hold.
 */
const LOCKS = 'payload-locked-documents'

type LockData = {
  document?: null | { relationTo?: string; value?: unknown }
  globalSlug?: null | string
  user?: null | string | { relationTo?: string; value?: unknown }
}

const lockUserId = (user: LockData['user']) =>
  user && typeof user === 'object' ? relationId(user.value) : relationId(user)

/** Whether the account may change the document or global that a lock names. */
const mayEdit = async (req: PayloadRequest, data: LockData): Promise<boolean> => {
  const { payload } = req
  if (data.globalSlug) {
    const global = payload.config.globals.find((g) => g.slug === data.globalSlug)
    const access = global?.access.update
    return Boolean(global && access && (await access({ req })) === true)
  }
  const slug = data.document?.relationTo
  const id = relationId(data.document?.value)
  const collection = slug ? payload.collections[slug as keyof typeof payload.collections] : null
  const access = collection?.config.access.update
  if (!collection || !id || !access) return false
  const result = await access({ req, id })
  if (typeof result === 'boolean') return result
  const { totalDocs } = await payload.count({
    collection: collection.config.slug,
    where: { and: [{ id: { equals: id } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Locks in the caller's own name, on a document or global the caller may change. */
const checkLockData = async (req: PayloadRequest, data: LockData, creating: boolean) => {
  const user = req.user!
  if ((creating || data.user !== undefined) && lockUserId(data.user) !== String(user.id)) {
    throw refuse('Kunci dokumen hanya dapat dibuat atas nama akun Anda sendiri.')
  }
  if ((creating || data.document || data.globalSlug) && !(await mayEdit(req, data))) {
    throw refuse('Anda tidak dapat mengunci dokumen yang tidak boleh Anda ubah.')
  }
}

const ownLocks = (req: PayloadRequest): Where => ({
  and: [{ 'user.relationTo': { equals: 'users' } }, { 'user.value': { equals: req.user!.id } }],
})

const createLock: Access = async ({ req, data }) => {
  if (!req.user) return false
  // Asked without data, for the admin's list of permissions.
  if (data) await checkLockData(req, data as LockData, true)
  return true
}

const updateLock: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (data) await checkLockData(req, data as LockData, false)
  return ownLocks(req)
}

/** One's own locks; admins also clear the stale lock of someone who left. */
const deleteLock: Access = ({ req }) => {
  if (!req.user) return false
  return isPlatformAdmin(editorOf(req)) ? true : ownLocks(req)
}

/**
 * "Sedang diedit oleh …" by name. Payload's lock dialog and the list's lock icon print the lock
 * user's `email` (or its id when the reader may not read that account, which is every editor but
 * the admins: accounts are read by their owner only), and offer no component slot. So a lock is
 * read with its editor as `{ id, name, email: "<name> (<authority>)" }`: the id that Payload
 * compares, the name that people know each other by, and no e-mail address for another editor.
 */
const nameTheEditor: CollectionAfterReadHook = async ({ doc, req }) => {
  const lock = doc as LockData
  const id = lockUserId(lock.user)
  if (!id || !lock.user || typeof lock.user !== 'object') return doc
  const account = await req.payload
    .findByID({
      collection: 'users',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      select: { name: true, authority: true },
    })
    .catch(() => null)
  if (!account) return doc
  const label = `${account.name} (${AUTHORITY_LABELS[account.authority].id})`
  return {
    ...doc,
    user: { ...lock.user, value: { id: account.id, name: account.name, email: label } },
  }
}

export const guardDocumentLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find((c) => c.slug === LOCKS)
  if (locks) {
    locks.access = { ...locks.access, create: createLock, delete: deleteLock, update: updateLock }
    locks.hooks.afterRead = [...(locks.hooks.afterRead ?? []), nameTheEditor]
  }
  return config
}
