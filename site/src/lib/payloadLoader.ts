import { readFile, writeFile } from 'node:fs/promises'

import type { Loader } from 'astro/loaders'
import { z } from 'astro/zod'

import { recordCmsFailure, recordCmsRead } from './buildReport'
import { CmsError, fetchSnapshot, type Snapshot } from './cms'

export type SnapshotCollection = Exclude<keyof Snapshot, 'source' | 'fetchedAt' | 'requests'>

export type PayloadLoaderOptions = {
  /** The CMS GraphQL endpoint, e.g. http://localhost:3000/api/graphql. */
  url: string
  /** Which part of the CMS content this collection holds. */
  collection: SnapshotCollection
  /** Read the content from this JSON snapshot instead of the CMS (benchmarks, offline work). */
  snapshotFile?: string
  /** Also write what was read from the CMS to this file. */
  snapshotOut?: string
}

let pending: Promise<Snapshot> | undefined

/**
 * One read of the CMS per build, shared by every collection: the loaders run one after another
 * and all of them see the same content.
 */
export const getSnapshot = (options: Omit<PayloadLoaderOptions, 'collection'>) => {
  pending ??= (async () => {
    if (options.snapshotFile) {
      const snapshot = JSON.parse(await readFile(options.snapshotFile, 'utf8')) as Snapshot
      recordCmsRead({ source: options.snapshotFile, requests: 0 })
      return snapshot
    }
    try {
      const snapshot = await fetchSnapshot(options.url)
      if (options.snapshotOut) await writeFile(options.snapshotOut, JSON.stringify(snapshot))
      recordCmsRead({ source: snapshot.source, requests: snapshot.requests })
      return snapshot
    } catch (error) {
      if (error instanceof CmsError) recordCmsFailure(error.message)
      throw error
    }
  })()
  return pending
}

const entrySchema = z.looseObject({ locale: z.enum(['id', 'en']).optional() })

/** Turns one part of the snapshot into entries: `<locale>/<id>` for localized content. */
const entriesOf = (snapshot: Snapshot, collection: SnapshotCollection) => {
  const value = snapshot[collection] as unknown
  if (Array.isArray(value)) {
    return value.map((doc) => ({ id: String(doc.id), data: doc as Record<string, unknown> }))
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([locale, docs]) =>
    Array.isArray(docs)
      ? docs.map((doc) => ({ id: `${locale}/${doc.id}`, data: { ...doc, locale } }))
      : [{ id: locale, data: { ...(docs as Record<string, unknown>), locale } }],
  )
}

/**
 * An Astro content-layer loader for the Pusat Panduan Pilkada CMS. Every collection it feeds
 * comes from one anonymous read of the GraphQL API, so the guide holds published content only,
 * and a CMS that fails makes the whole build fail.
 */
export const payloadLoader = (options: PayloadLoaderOptions): Loader => ({
  name: 'pilkada-payload-loader',
  schema: entrySchema,
  load: async ({ store, parseData, generateDigest, logger }) => {
    const snapshot = await getSnapshot(options)
    const entries = entriesOf(snapshot, options.collection)
    store.clear()
    for (const entry of entries) {
      const data = await parseData({ id: entry.id, data: entry.data })
      store.set({ id: entry.id, data, digest: generateDigest(data) })
    }
    logger.info(
      `${entries.length} entries from ${options.snapshotFile ?? snapshot.source} (${snapshot.requests} GraphQL requests for the whole build)`,
    )
  },
})
