import { print } from 'graphql'

import type { Locale } from '@pilkada/shared'
import { LOCALES } from '@pilkada/shared'
import type { ResultOf } from '@pilkada/shared/graphql'
import {
  CandidatesQuery,
  ElectionsQuery,
  FactChecksQuery,
  FaqsQuery,
  GuidesQuery,
  RegionsQuery,
  SiteSettingsQuery,
  StagesQuery,
} from '@pilkada/shared/queries'

/** The required fields that the guide relies on, by collection (see Published). */
const REQUIRED = {
  settings: ['votingDay'],
  guides: ['title', 'summary'],
  factChecks: ['date'],
  stages: ['key', 'name', 'start', 'end'],
  elections: ['office', 'votingDate'],
  candidates: ['ballotNumber', 'headName', 'deputyName'],
} as const

/**
 * A document of a collection as the guide reads it: the fields REQUIRED by the CMS are set. The
 * GraphQL schema types every field of a collection with drafts as nullable (a draft may lack any
 * of them), but the guide reads published documents only, which have them.
 */
type Published<C extends keyof typeof REQUIRED, T> = Omit<T, (typeof REQUIRED)[C][number]> & {
  [P in (typeof REQUIRED)[C][number] & keyof T]-?: NonNullable<T[P]>
}

/** One document of the list that a query returns. */
type ListDoc<R> = NonNullable<R[keyof R]> extends { docs: (infer D)[] } ? D : never

export type SiteSettings = Published<
  'settings',
  NonNullable<ResultOf<typeof SiteSettingsQuery>['SiteSettings']>
>
export type Guide = Published<'guides', ListDoc<ResultOf<typeof GuidesQuery>>>
export type Faq = ListDoc<ResultOf<typeof FaqsQuery>>
export type FactCheck = Published<'factChecks', ListDoc<ResultOf<typeof FactChecksQuery>>>
export type Stage = Published<'stages', ListDoc<ResultOf<typeof StagesQuery>>>
export type Region = ListDoc<ResultOf<typeof RegionsQuery>>
export type Election = Published<'elections', ListDoc<ResultOf<typeof ElectionsQuery>>>
export type Candidate = Published<'candidates', ListDoc<ResultOf<typeof CandidatesQuery>>>

/** One entry of a content collection: its id in the store, and its data. */
export type Entry<T> = { id: string; data: T }

/** A localized document in one locale: one entry per locale, with the locale it is in. */
export type InLocale<T> = T & { locale: Locale }

/** The build stops with this: it says which query failed and why. */
export class CmsError extends Error {
  override name = 'CmsError'
}

/** Documents per request: large enough that a build makes a handful of requests. */
export const PAGE_SIZE = 500

type Document = Parameters<typeof print>[0]

/**
 * A reader of the published content from the CMS GraphQL endpoint, anonymously, as any app
 * would. It counts its requests: their number depends on the number of documents (PAGE_SIZE per
 * request), never on the number of pages built. Any failure throws a CmsError naming the query:
 * a build never goes on with part of the data.
 */
export const cmsClient = (url: string, fetchImpl: typeof fetch = fetch) => {
  let requests = 0

  const request = async <T>(
    name: string,
    document: Document,
    variables: Record<string, unknown>,
  ): Promise<T> => {
    const label = `${name}(${Object.entries(variables)
      .map(([key, value]) => `${key}: ${value}`)
      .join(', ')})`
    let response: Response
    requests += 1
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: print(document), variables, operationName: name }),
        signal: AbortSignal.timeout(60_000),
      })
    } catch (error) {
      const cause =
        error instanceof Error
          ? (error.cause as Error | undefined)?.message || error.message
          : String(error)
      throw new CmsError(`Cannot reach the CMS at ${url} for query ${label}: ${cause}`)
    }
    const text = await response.text()
    let body: { data?: T; errors?: { message: string }[] }
    try {
      body = JSON.parse(text)
    } catch {
      throw new CmsError(
        `The CMS at ${url} answered query ${label} with HTTP ${response.status} and no JSON: ${text.slice(0, 200)}`,
      )
    }
    if (body.errors?.length) {
      throw new CmsError(
        `The CMS at ${url} answered query ${label} with errors: ${body.errors.map((e) => e.message).join('; ')}`,
      )
    }
    if (!response.ok || !body.data) {
      throw new CmsError(
        `The CMS at ${url} answered query ${label} with HTTP ${response.status} and no data`,
      )
    }
    return body.data
  }

  /** All documents of one collection, a page of PAGE_SIZE at a time. */
  const all = async <T>(
    name: string,
    document: Document,
    variables: Record<string, unknown> = {},
  ): Promise<T[]> => {
    const docs: T[] = []
    for (let page = 1; ; page += 1) {
      const data = await request<Record<string, { docs: T[]; hasNextPage: boolean } | null>>(
        name,
        document,
        { ...variables, limit: PAGE_SIZE, page },
      )
      const result = data[name]
      if (!result) throw new CmsError(`The CMS at ${url} answered query ${name} without ${name}`)
      docs.push(...result.docs)
      if (!result.hasNextPage) return docs
    }
  }

  return {
    url,
    request,
    all,
    /** The requests made so far. */
    requests: () => requests,
  }
}

export type CmsClient = ReturnType<typeof cmsClient>

/**
 * The documents, once checked to have the fields that `all` only assumes (REQUIRED): a build
 * stops on a document that lacks one rather than writing a page with a hole in it.
 */
const published = <T extends { id: string }>(
  cms: CmsClient,
  collection: Exclude<keyof typeof REQUIRED, 'settings'>,
  docs: T[],
): T[] => {
  for (const doc of docs) {
    const missing = REQUIRED[collection].filter(
      (field) => (doc as Record<string, unknown>)[field] == null,
    )
    if (missing.length > 0) {
      throw new CmsError(
        `The CMS at ${cms.url} returned ${collection} ${doc.id} without ${missing.join(', ')}, which it requires`,
      )
    }
  }
  return docs
}

/** Every document of a localized collection, once per locale: entries `<locale>/<id>`. */
const inEachLocale = async <T extends { id: string }>(
  load: (locale: Locale) => Promise<T[]>,
): Promise<Entry<InLocale<T>>[]> => {
  const entries: Entry<InLocale<T>>[] = []
  for (const locale of LOCALES) {
    for (const doc of await load(locale))
      entries.push({ id: `${locale}/${doc.id}`, data: { ...doc, locale } })
  }
  return entries
}

/**
 * How each content collection of the guide is read from the CMS: one query per collection and
 * locale (a few pages of PAGE_SIZE at most), 18 requests for the seeded guide.
 */
export const READERS = {
  /** The site settings in each locale: entries `id` and `en`. */
  settings: async (cms: CmsClient): Promise<Entry<InLocale<SiteSettings>>[]> => {
    const entries: Entry<InLocale<SiteSettings>>[] = []
    for (const locale of LOCALES) {
      const data = await cms.request<ResultOf<typeof SiteSettingsQuery>>(
        'SiteSettings',
        SiteSettingsQuery,
        { locale },
      )
      if (!data.SiteSettings?.votingDay) {
        throw new CmsError(
          `The CMS at ${cms.url} has no published site settings (query SiteSettings, locale ${locale})`,
        )
      }
      entries.push({
        id: locale,
        data: { ...data.SiteSettings, votingDay: data.SiteSettings.votingDay, locale },
      })
    }
    return entries
  },
  guides: (cms: CmsClient) =>
    inEachLocale(async (locale) =>
      published(cms, 'guides', await cms.all<Guide>('Guides', GuidesQuery, { locale })),
    ),
  faqs: (cms: CmsClient) => inEachLocale((locale) => cms.all<Faq>('Faqs', FaqsQuery, { locale })),
  factChecks: (cms: CmsClient) =>
    inEachLocale(async (locale) =>
      published(
        cms,
        'factChecks',
        await cms.all<FactCheck>('FactChecks', FactChecksQuery, { locale }),
      ),
    ),
  stages: (cms: CmsClient) =>
    inEachLocale(async (locale) =>
      published(cms, 'stages', await cms.all<Stage>('Stages', StagesQuery, { locale })),
    ),
  /** Regions are not localized: entries by id. */
  regions: async (cms: CmsClient): Promise<Entry<Region>[]> => {
    const regions = await cms.all<Region>('Regions', RegionsQuery)
    if (regions.length === 0) {
      throw new CmsError(
        `The CMS at ${cms.url} returned no regions (query Regions): refusing to build an empty guide`,
      )
    }
    return regions.map((region) => ({ id: region.id, data: region }))
  },
  elections: (cms: CmsClient) =>
    inEachLocale(async (locale) =>
      published(cms, 'elections', await cms.all<Election>('Elections', ElectionsQuery, { locale })),
    ),
  candidates: (cms: CmsClient) =>
    inEachLocale(async (locale) =>
      published(
        cms,
        'candidates',
        await cms.all<Candidate>('Candidates', CandidatesQuery, { locale }),
      ),
    ),
}

export type CmsCollection = keyof typeof READERS

/** The data of one entry of a collection. */
export type EntryData<C extends CmsCollection> = Awaited<
  ReturnType<(typeof READERS)[C]>
>[number]['data']

/** What one build read, as written to SITE_SNAPSHOT_OUT and read back from SITE_SNAPSHOT. */
export type Snapshot = { source: string; fetchedAt: string; requests: number } & {
  [C in CmsCollection]: Entry<EntryData<C>>[]
}
