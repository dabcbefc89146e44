import { defineCollection } from 'astro:content'
import { CMS_GRAPHQL_URL, SITE_SNAPSHOT, SITE_SNAPSHOT_OUT } from 'astro:env/server'

import { payloadLoader, type SnapshotCollection } from './lib/payloadLoader'

const fromCms = (collection: SnapshotCollection) =>
  defineCollection({
    loader: payloadLoader({
      url: CMS_GRAPHQL_URL,
      collection,
      snapshotFile: SITE_SNAPSHOT || undefined,
      snapshotOut: SITE_SNAPSHOT_OUT || undefined,
    }),
  })

export const collections = {
  settings: fromCms('settings'),
  guides: fromCms('guides'),
  faqs: fromCms('faqs'),
  factChecks: fromCms('factChecks'),
  stages: fromCms('stages'),
  regions: fromCms('regions'),
  elections: fromCms('elections'),
  candidates: fromCms('candidates'),
}
