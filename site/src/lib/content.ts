import { getCollection, getEntry } from 'astro:content'

import type { Locale } from '@pilkada/shared'

import { buildModel, type Model } from './model'

const cache = new Map<Locale, Promise<Model>>()

/** The data of the entries in one locale of a localized collection. */
const inLocale = <T extends { locale: Locale }>(entries: { data: T }[], locale: Locale) =>
  entries.filter((entry) => entry.data.locale === locale).map((entry) => entry.data)

/**
 * The model of the guide in one locale (regions joined with their races and pairs), read once
 * per build from the typed content collections (src/content.config.ts).
 */
export const loadModel = (locale: Locale): Promise<Model> => {
  let model = cache.get(locale)
  if (!model) {
    model = (async () => {
      const settings = await getEntry('settings', locale)
      if (!settings) throw new Error(`No site settings in locale ${locale}`)
      return buildModel({
        settings: settings.data,
        guides: inLocale(await getCollection('guides'), locale),
        faqs: inLocale(await getCollection('faqs'), locale),
        factChecks: inLocale(await getCollection('factChecks'), locale),
        stages: inLocale(await getCollection('stages'), locale),
        regions: (await getCollection('regions')).map((entry) => entry.data),
        elections: inLocale(await getCollection('elections'), locale),
        candidates: inLocale(await getCollection('candidates'), locale),
      })
    })()
    cache.set(locale, model)
  }
  return model
}
