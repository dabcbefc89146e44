import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Answers to anonymous reads of published content (GraphQL GET and POST, REST GET), kept in
 * memory until published content changes. A change anywhere (publish, unpublish, delete, the
 * site settings, regions, media) raises the content version in the database; every instance
 * compares its cache with that version at most every VERSION_CHECK_MS, so that an instance
 * that did not make the change serves a stale answer for at most that long, and the one that
 * made it none.
 * Only what anybody may read is kept: never an answer to a request with a login, never an
 * answer with errors.
 */
const MAX_BYTES = Number(process.env.READ_CACHE_MAX_BYTES || 64 * 1024 * 1024)
export const VERSION_CHECK_MS = Number(process.env.READ_CACHE_VERSION_CHECK_MS || 500)
const ENABLED = process.env.READ_CACHE !== 'off'

export type CachedAnswer = {
  status: number
  body: string
  etag: string
  contentType: string
  /** Headers to send again with a cached answer (CORS). */
  headers?: [string, string][]
}

const answers = new LRUCache<string, CachedAnswer>({
  maxSize: MAX_BYTES,
  sizeCalculation: (answer, key) => answer.body.length * 2 + key.length * 2 + 200,
})
let cachedVersion: null | number = null
let checkedAt = 0
let checking: null | Promise<number> = null
/** Raised whenever this instance empties its cache: answers begun before are not kept. */
let generation = 0

export const CONTENT_VERSION = 'content-version' as const

const readVersion = async (payload: Payload) => {
  const state = await payload.findGlobal({ slug: CONTENT_VERSION, depth: 0, overrideAccess: true })
  return Number(state.version ?? 0)
}

const empty = () => {
  answers.clear()
  generation += 1
}

/** Empties this instance's cache when the content version in the database moved on. */
const syncVersion = async (payload: Payload) => {
  if (Date.now() - checkedAt < VERSION_CHECK_MS && cachedVersion !== null) return
  checking ??= readVersion(payload).finally(() => {
    checking = null
  })
  const version = await checking
  checkedAt = Date.now()
  if (version !== cachedVersion) {
    empty()
    cachedVersion = version
  }
}

/**
 * Called by the hooks that signal a rebuild, inside the change's transaction: raises the
 * content version in the database, so that every instance empties its cache within
 * VERSION_CHECK_MS of the commit (also for scheduled jobs, which change content outside a
 * request). The instance that served the change does so at once: see `afterWrite`.
 */
export const notePublicChange = async (req: PayloadRequest) => {
  await req.payload.updateGlobal({
    slug: CONTENT_VERSION,
    data: { version: Date.now() * 1000 + Math.floor(Math.random() * 1000) },
    depth: 0,
    overrideAccess: true,
    context: { seeding: true },
    req,
  })
}

/**
 * Called by the API routes after a writing request (REST POST/PATCH/PUT/DELETE, a GraphQL
 * mutation) has answered, when its transaction is committed: whatever it changed is visible at
 * once on this instance. Hooks run before the commit, so they cannot do this themselves.
 * Writes are rare beside reads, and rate-limited.
 */
export const afterWrite = () => {
  empty()
  checkedAt = 0
}

/** A strong validator of an answer's bytes: the same answer has the same ETag on any instance. */
export const etagOf = (body: string) =>
  `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/** The cache key of a read: its kind and its normalised parts, hashed. */
export const cacheKey = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('base64url')

/** Whether a request carries a login of any kind: such answers are never cached or served. */
export const carriesLogin = (request: Request) =>
  request.headers.has('authorization') ||
  /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/**
 * The cached answer for `key`, or the one `produce` makes, kept when it is a success. Returns
 * the answer and whether it came from the cache.
 */
export const cachedRead = async (
  payload: Payload,
  key: string,
  produce: () => Promise<CachedAnswer>,
): Promise<{ answer: CachedAnswer; hit: boolean }> => {
  if (!ENABLED) return { answer: await produce(), hit: false }
  await syncVersion(payload)
  const kept = answers.get(key)
  if (kept) return { answer: kept, hit: true }
  const begun = generation
  const answer = await produce()
  // An answer made while the content changed may be of the old content: not kept.
  if (answer.status === 200 && begun === generation) answers.set(key, answer)
  return { answer, hit: false }
}

/** For tests and the bench: what the cache holds. */
export const cacheStats = () => ({ entries: answers.size, bytes: answers.calculatedSize })
