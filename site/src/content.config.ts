import { defineCollection } from 'astro:content'
import { CMS_GRAPHQL_URL } from 'astro:env/server'

import type { CmsCollection } from './lib/cms'
import { payloadLoader } from './lib/payloadLoader'

const fromCms = <C extends CmsCollection>(collection: C) =>
  defineCollection({
    loader: payloadLoader({
      url: CMS_GRAPHQL_URL,
      collection,
      // Read from process.env, not astro:env: where the content comes from is no part of any
      // page, and a value in astro:env is part of every page's code for the incremental build.
      snapshotFile: process.env.SITE_SNAPSHOT || undefined,
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
