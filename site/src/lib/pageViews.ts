import { createHash } from 'node:crypto'

import { LOCALES, type Locale } from '@pilkada/shared'

import { buildDate } from './build'
import type { Guide, Region } from './cms'
import { loadModel } from './content'
import { formatDate } from './dates'
import type { Model } from './model'
import { langParam } from './routes'

/**
 * What a page shows, as plain data, for Astro's incremental build: a page generated from
 * getStaticPaths() carries a `cacheKey`, and Astro reuses the page from the previous build when
 * the key and the page's code are unchanged. The key is a digest of the very data that the page
 * and its layout read (they read it through these functions and nothing else), so a key that
 * stays the same means a page that would come out the same.
 */

/** What the layout (Base.astro) shows around every page. */
export const layoutView = (model: Model, locale: Locale) => ({
  notice: model.settings.notice ?? null,
  builtOn: formatDate(buildDate().toISOString(), locale),
})

/** What a region page shows: the region, its province and regencies, its races and their pairs. */
export const regionView = (model: Model, region: Region) => ({
  region,
  province: model.provinceOf(region),
  races: model.racesFor(region),
  hasOwnRace: Boolean(model.raceOf(region)),
  children: model.childrenOf(region),
  emptyBoxGuide: Boolean(model.guide('kotak-kosong')),
  voting: {
    day: model.settings.votingDay,
    hours: model.settings.votingHours ?? null,
    source: model.settings.votingSource ?? null,
  },
  guides: VOTER_GUIDES.map((slug) => model.guide(slug))
    .filter((guide): guide is Guide => Boolean(guide))
    .map((guide) => ({ slug: guide.slug, title: guide.title })),
})

/** The guides a region page links to, in this order, where they are published. */
const VOTER_GUIDES = [
  'cara-memilih',
  'apa-yang-dibawa',
  'cek-pendaftaran',
  'pemilih-pindahan-dptb',
  'pemilih-tidak-terdaftar-dpk',
  'lapor-pelanggaran',
]

/** What a guide page shows. */
export const guideView = (guide: Guide) => ({ guide })

const pageKey = (model: Model, locale: Locale, view: unknown) =>
  createHash('sha256')
    .update(JSON.stringify({ locale, layout: layoutView(model, locale), view }))
    .digest('base64url')

/** getStaticPaths() of the region pages, in every locale. */
export const regionPaths = async () =>
  (
    await Promise.all(
      LOCALES.map(async (locale) => {
        const model = await loadModel(locale)
        return model.regions.map((region) => ({
          params: { lang: langParam(locale), slug: region.slug },
          props: { locale, region },
          cacheKey: pageKey(model, locale, regionView(model, region)),
        }))
      }),
    )
  ).flat()

/** getStaticPaths() of the guide pages, in every locale. */
export const guidePaths = async () =>
  (
    await Promise.all(
      LOCALES.map(async (locale) => {
        const model = await loadModel(locale)
        return model.guides.map((guide) => ({
          params: { lang: langParam(locale), slug: guide.slug },
          props: { locale, guide },
          cacheKey: pageKey(model, locale, guideView(guide)),
        }))
      }),
    )
  ).flat()
