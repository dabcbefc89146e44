import { readFile } from 'node:fs/promises'

import type { Loader, LoaderContext } from 'astro/loaders'
import { z } from 'astro/zod'

import { recordCmsFailure, recordCmsRead } from './buildReport'
import {
  CmsError,
  cmsClient,
  READERS,
  type CmsCollection,
  type Entry,
  type EntryData,
  type Snapshot,
} from './cms'

export type PayloadLoaderOptions<C extends CmsCollection> = {
  /** The CMS GraphQL endpoint, e.g. http://localhost:3000/api/graphql. */
  url: string
  /** Which collection of the CMS this content collection holds. */
  collection: C
  /** Read the content from this JSON snapshot instead of the CMS (benchmarks, offline work). */
  snapshotFile?: string
}

/** The entries of one collection, from the snapshot file or from the CMS. */
const readEntries = async <C extends CmsCollection>(
  options: PayloadLoaderOptions<C>,
): Promise<Entry<EntryData<C>>[]> => {
  if (options.snapshotFile) {
    const snapshot: Snapshot = JSON.parse(await readFile(options.snapshotFile, 'utf8'))
    const entries: Entry<EntryData<C>>[] = snapshot[options.collection]
    recordCmsRead({
      collection: options.collection,
      source: options.snapshotFile,
      requests: 0,
      entries,
    })
    return entries
  }
  const cms = cmsClient(options.url)
  const read: (client: typeof cms) => Promise<Entry<EntryData<C>>[]> = READERS[options.collection]
  try {
    const entries = await read(cms)
    recordCmsRead({
      collection: options.collection,
      source: options.url,
      requests: cms.requests(),
      entries,
    })
    return entries
  } catch (error) {
    if (error instanceof CmsError) recordCmsFailure(error.message)
    throw error
  }
}

/**
 * An Astro content-layer loader for one collection of the Pusat Panduan Pilkada CMS, read
 * anonymously over GraphQL, so the guide holds published content only; a CMS that fails makes
 * the whole build fail. Its schema types every entry with the type of the collection's GraphQL
 * query (generated from the committed SDL), and checks that an entry is a document (an object).
 */
export const payloadLoader = <C extends CmsCollection>(options: PayloadLoaderOptions<C>) => {
  const schema = z.custom<EntryData<C>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    { message: `not a ${options.collection} document` },
  )
  return {
    name: `pilkada-payload-${options.collection}`,
    schema,
    load: async ({ store, parseData, generateDigest, logger }: LoaderContext) => {
      const entries = await readEntries(options)
      store.clear()
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry.data })
        store.set({ id: entry.id, data, digest: generateDigest(data) })
      }
      logger.info(`${entries.length} entries from ${options.snapshotFile ?? options.url}`)
    },
  } satisfies Loader
}
