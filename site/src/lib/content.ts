import { getCollection } from 'astro:content'

import type { Locale } from '@pilkada/shared'

import type { Candidate, Election, FactCheck, Faq, Guide, Region, SiteSettings, Stage } from './cms'
import { buildModel, type Model } from './model'

const cache = new Map<Locale, Promise<Model>>()

const ofLocale = async <T>(collection: Parameters<typeof getCollection>[0], locale: Locale) =>
  (
    await getCollection(
      collection,
      (entry) => (entry.data as { locale?: string }).locale === locale,
    )
  ).map((entry) => entry.data as unknown as T)

/** The model of the guide in one locale, read once per build from the content collections. */
export const loadModel = (locale: Locale): Promise<Model> => {
  let model = cache.get(locale)
  if (!model) {
    model = (async () => {
      const [settings] = await ofLocale<SiteSettings>('settings', locale)
      if (!settings) throw new Error(`No site settings in locale ${locale}`)
      return buildModel({
        settings,
        guides: await ofLocale<Guide>('guides', locale),
        faqs: await ofLocale<Faq>('faqs', locale),
        factChecks: await ofLocale<FactCheck>('factChecks', locale),
        stages: await ofLocale<Stage>('stages', locale),
        regions: (await getCollection('regions')).map((entry) => entry.data as unknown as Region),
        elections: await ofLocale<Election>('elections', locale),
        candidates: await ofLocale<Candidate>('candidates', locale),
      })
    })()
    cache.set(locale, model)
  }
  return model
}
