import crypto from 'node:crypto'

import {
  AuthenticationError,
  LockedAuth,
  type CollectionBeforeLoginHook,
  type CollectionBeforeOperationHook,
  type Where,
} from 'payload'

/**
 * Login lockout that holds under parallel requests and on more than one CMS instance.
 *
 * Payload checks the lock when a login starts and counts a failure only after the password
 * check, so a burst of parallel attempts all get their password checked before any of them
 * locks the account. Here every attempt first claims one of the account's LOGIN_MAX_ATTEMPTS
 * slots with a single conditional update in the database (`loginAttempts < max`, not locked,
 * then `+1`; Payload's own `atomic` update: UPDATE … WHERE … RETURNING on SQLite,
 * findOneAndUpdate on MongoDB). An attempt without a slot locks the account and is refused
 * before its password is checked, so no more than LOGIN_MAX_ATTEMPTS passwords are tried until
 * a login succeeds, an admin unlocks the account or the lock expires.
 *
 * A claimed attempt has already been counted, so Payload must not count it again: for this
 * request only, it runs with its counter off, and `confirmLogin` does what Payload then skips
 * (refuse when a parallel attempt locked the account meanwhile, reset the counter). The last
 * slot keeps Payload's counter on, so that its failure locks the account at once, as in Payload.
 */

type LoginArgs = {
  collection: { config: { auth: { lockTime: number; maxLoginAttempts: number } } }
  data?: { email?: unknown; password?: unknown }
}

const USERS = 'users'

/** Hashes like Payload's current password hashes (pbkdf2-sha256-v1: 600,000 rounds, 32 bytes). */
const hashLikeAPassword = (password: string) =>
  new Promise<void>((resolve) => {
    // Through the module object, so that a test can observe that the hash runs.
    crypto.pbkdf2(password, DUMMY_SALT, 600_000, 32, 'sha256', () => resolve())
  })
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

const notLocked: Where = {
  or: [{ lockUntil: { exists: false } }, { lockUntil: { equals: null } }],
}

export const claimLoginAttempt: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const loginArgs = args as unknown as LoginArgs
  const { lockTime, maxLoginAttempts: max } = loginArgs.collection.config.auth
  const email =
    typeof loginArgs.data?.email === 'string' ? loginArgs.data.email.toLowerCase().trim() : ''
  const password = loginArgs.data?.password
  // Payload names what is missing; nothing to count.
  if (!email || typeof password !== 'string' || !password.trim() || !(max > 0)) return args

  // Outside any transaction, as Payload's own counter: parallel requests must see each other.
  const db = req.payload.db
  const now = new Date()
  const byEmail: Where = { email: { equals: email } }
  // An expired lock starts the count again.
  await db.updateOne({
    collection: USERS,
    where: {
      and: [
        byEmail,
        {
          or: [
            { lockUntil: { less_than_equal: now.toISOString() } },
            { and: [{ loginAttempts: { equals: null } }, notLocked] },
          ],
        },
      ],
    },
    data: { lockUntil: null, loginAttempts: 0 },
    options: { atomic: true },
    returning: false,
  })
  const claimed = (await db.updateOne({
    collection: USERS,
    where: { and: [byEmail, notLocked, { loginAttempts: { less_than: max } }] },
    data: { loginAttempts: { $inc: 1 } },
    options: { atomic: true },
  })) as null | { loginAttempts?: number }

  if (!claimed) {
    const user = await db.findOne({ collection: USERS, where: byEmail })
    if (!user) {
      // An unknown e-mail costs what a wrong password costs, so that timing does not tell
      // which e-mails have accounts. Payload then answers as for any wrong login.
      await hashLikeAPassword(password)
      throw new AuthenticationError(req.t)
    }
    await db.updateOne({
      collection: USERS,
      where: { and: [byEmail, notLocked] },
      data: { lockUntil: new Date(now.getTime() + lockTime).toISOString() },
      options: { atomic: true },
      returning: false,
    })
    throw new LockedAuth(req.t)
  }
  if ((claimed.loginAttempts ?? max) >= max) return args
  const config = loginArgs.collection.config
  return {
    ...args,
    collection: {
      ...loginArgs.collection,
      config: { ...config, auth: { ...config.auth, maxLoginAttempts: 0 } },
    },
  } as typeof args
}

/**
 * After a correct password: refuse when parallel attempts locked the account meanwhile, and
 * start the count again (Payload does both itself only when it counted the attempt).
 */
export const confirmLogin: CollectionBeforeLoginHook = async ({ req, user }) => {
  const db = req.payload.db
  const current = (await db.findOne({
    collection: USERS,
    where: { id: { equals: user.id } },
  })) as null | { lockUntil?: null | string; loginAttempts?: null | number }
  if (current?.lockUntil && new Date(current.lockUntil).getTime() > Date.now()) {
    throw new LockedAuth(req.t)
  }
  if (current?.loginAttempts || current?.lockUntil) {
    await db.updateOne({
      collection: USERS,
      id: user.id,
      data: { lockUntil: null, loginAttempts: 0 },
      returning: false,
    })
  }
  return user
}
