import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'
import type { Payload, PayloadRequest } from 'payload'

import { ALL, groupOf } from './dependencies'

/**
 * Answers to anonymous reads of published content (GraphQL GET and POST, REST GET), kept in
 * memory until published content that they depend on changes. A change anywhere (publish,
 * unpublish, delete, the site settings, regions, media) raises the content version in the
 * database, and the version of the changed content's group (cache/dependencies.ts); every
 * instance compares its cache with those versions at most every VERSION_CHECK_MS and drops the
 * answers that depend on a changed group, so that an instance that did not make the change
 * serves a stale answer for at most that long, and the one that made it none.
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
  /** False for an answer that must not be kept although it is a 200 (GraphQL errors). */
  cacheable?: boolean
}

type Kept = CachedAnswer & { dependsOn: string[] }

type Versions = { version: number; groups: Record<string, number> }

/**
 * The cache's state, on globalThis: Next.js bundles each route apart, and the GraphQL route, the
 * REST routes and the fast path in front of Next.js (cache/fastReads.ts) must share one cache.
 */
type State = {
  answers: LRUCache<string, Kept>
  /** A request as it came (method, path and query, origin, body), hashed → its answer's key. */
  aliases: LRUCache<string, string>
  known: null | Versions
  checkedAt: number
  checking: null | Promise<Versions>
  /** Raised whenever this instance drops answers: answers begun before are not kept. */
  generation: number
}
const STATE = Symbol.for('pilkada.publicReads')
const state = (): State => {
  const global = globalThis as typeof globalThis & { [STATE]?: State }
  global[STATE] ??= {
    answers: new LRUCache<string, Kept>({
      maxSize: MAX_BYTES,
      sizeCalculation: (answer, key) => answer.body.length * 2 + key.length * 2 + 200,
    }),
    aliases: new LRUCache<string, string>({ max: 10_000 }),
    known: null,
    checkedAt: 0,
    checking: null,
    generation: 0,
  }
  return global[STATE]
}

export const CONTENT_VERSION = 'content-version' as const

const versionsOf = (stored: { version?: null | number; groups?: unknown }): Versions => ({
  version: Number(stored.version ?? 0),
  groups:
    stored.groups && typeof stored.groups === 'object' && !Array.isArray(stored.groups)
      ? (stored.groups as Record<string, number>)
      : {},
})

const readVersions = async (payload: Payload, req?: PayloadRequest) =>
  versionsOf(
    await payload.findGlobal({ slug: CONTENT_VERSION, depth: 0, overrideAccess: true, req }),
  )

/** Drops the answers that depend on any of `groups` (on everything with ALL). */
const drop = (groups: Set<string>) => {
  const { answers } = state()
  if (groups.has(ALL)) answers.clear()
  else {
    for (const [key, answer] of answers.entries()) {
      if (answer.dependsOn.some((group) => group === ALL || groups.has(group))) answers.delete(key)
    }
  }
  state().generation += 1
}

/**
 * Drops what the changes since the last check made stale, once the content version in the
 * database moved on: the answers of each group whose version moved, or all of them when the
 * versions do not say which (the first check, a version written before groups were kept).
 */
const syncVersion = async (payload: Payload) => {
  const now = state()
  if (isFresh()) return
  now.checking ??= readVersions(payload).finally(() => {
    now.checking = null
  })
  const current = await now.checking
  now.checkedAt = Date.now()
  if (now.known && current.version === now.known.version) return
  const previous = now.known
  const changed = new Set(
    Object.keys(current.groups).filter(
      (group) => current.groups[group] !== previous?.groups[group],
    ),
  )
  if (!previous || changed.size === 0) changed.add(ALL)
  drop(changed)
  now.known = current
}

/**
 * Whether the cache was compared with the content versions less than VERSION_CHECK_MS ago, so
 * that an answer from it may be served without asking the database.
 */
export const isFresh = () =>
  state().known !== null && Date.now() - state().checkedAt < VERSION_CHECK_MS

/**
 * Called by the hooks that signal a rebuild, inside the change's transaction: raises the
 * content version in the database, so that every instance empties its cache within
 * VERSION_CHECK_MS of the commit (also for scheduled jobs, which change content outside a
 * request). The instance that served the change does so at once: see `afterWrite`.
 */
export const notePublicChange = async (req: PayloadRequest, slug: string) => {
  const { groups } = await readVersions(req.payload, req)
  const version = Date.now() * 1000 + Math.floor(Math.random() * 1000)
  await req.payload.updateGlobal({
    slug: CONTENT_VERSION,
    data: { version, groups: { ...groups, [groupOf(slug)]: version } },
    depth: 0,
    overrideAccess: true,
    // No `context` here: Payload would copy it onto the request's own, and the hooks that run
    // after this one would read it.
    req,
  })
}

/**
 * Called by the API routes after a writing request (REST POST/PATCH/PUT/DELETE, a GraphQL
 * mutation) has answered, when its transaction is committed: the next read on this instance
 * checks the versions, so that whatever the write changed is visible at once here. Hooks run
 * before the commit, so they cannot do this themselves.
 */
export const afterWrite = () => {
  state().checkedAt = 0
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
  /**
   * The groups of content the answer shows (cache/dependencies.ts), by default all; asked only
   * on a miss, so that a hit costs no more than a lookup.
   */
  dependsOn: () => Promise<string[]> | string[] = () => [ALL],
): Promise<{ answer: CachedAnswer; hit: boolean }> => {
  if (!ENABLED) return { answer: await produce(), hit: false }
  await syncVersion(payload)
  const kept = state().answers.get(key)
  if (kept) return { answer: kept, hit: true }
  const groups = await dependsOn()
  const begun = state().generation
  const answer = await produce()
  // An answer made while the content changed may be of the old content: not kept.
  if (answer.status === 200 && answer.cacheable !== false && begun === state().generation) {
    state().answers.set(key, { ...answer, dependsOn: groups })
  }
  return { answer, hit: false }
}

/** For tests and the bench: what the cache holds. */
export const cacheStats = () => ({
  entries: state().answers.size,
  bytes: state().answers.calculatedSize,
})

/**
 * Remembers that a request, exactly as it came (`raw`: its method, path and query, and whatever
 * else its answer's headers depend on), is answered by the entry `key`; see cache/fastReads.ts.
 */
export const noteAlias = (raw: string, key: string) => {
  if (ENABLED) state().aliases.set(cacheKey(raw), key)
}

/** The kept answer for a request exactly as it came, when the cache is fresh; else undefined. */
export const keptFor = (raw: string): CachedAnswer | undefined => {
  if (!ENABLED || !isFresh()) return undefined
  const key = state().aliases.get(cacheKey(raw))
  return key === undefined ? undefined : state().answers.get(key)
}
