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

export type SiteSettings = NonNullable<ResultOf<typeof SiteSettingsQuery>['SiteSettings']>
export type Guide = NonNullable<ResultOf<typeof GuidesQuery>['Guides']>['docs'][number]
export type Faq = NonNullable<ResultOf<typeof FaqsQuery>['Faqs']>['docs'][number]
export type FactCheck = NonNullable<ResultOf<typeof FactChecksQuery>['FactChecks']>['docs'][number]
export type Stage = NonNullable<ResultOf<typeof StagesQuery>['Stages']>['docs'][number]
export type Region = NonNullable<ResultOf<typeof RegionsQuery>['Regions']>['docs'][number]
export type Election = NonNullable<ResultOf<typeof ElectionsQuery>['Elections']>['docs'][number]
export type Candidate = NonNullable<ResultOf<typeof CandidatesQuery>['Candidates']>['docs'][number]

type PerLocale<T> = Record<Locale, T>

/** Everything the guide shows, as read from the CMS in one build. */
export type Snapshot = {
  source: string
  fetchedAt: string
  requests: number
  settings: PerLocale<SiteSettings>
  guides: PerLocale<Guide[]>
  faqs: PerLocale<Faq[]>
  factChecks: PerLocale<FactCheck[]>
  stages: PerLocale<Stage[]>
  regions: Region[]
  elections: PerLocale<Election[]>
  candidates: PerLocale<Candidate[]>
}

/** The build stops with this: it says which query failed and why. */
export class CmsError extends Error {
  override name = 'CmsError'
}

/** Documents per request: large enough that a build makes a handful of requests. */
export const PAGE_SIZE = 500

type Document = Parameters<typeof print>[0]

/**
 * Reads the published content from the CMS GraphQL endpoint, anonymously, as any app would.
 * The number of requests depends on the number of documents (PAGE_SIZE per request), never on
 * the number of pages built. Any failure throws a CmsError naming the query: a build never
 * goes on with part of the data.
 */
export const fetchSnapshot = async (
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Snapshot> => {
  let requests = 0

  const request = async <T>(
    name: string,
    document: Document,
    variables: Record<string, unknown>,
  ) => {
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
    field: string,
    document: Document,
    variables: Record<string, unknown> = {},
  ): Promise<T[]> => {
    const docs: T[] = []
    for (let page = 1; ; page += 1) {
      const data = await request<Record<string, { docs: T[]; hasNextPage: boolean } | null>>(
        name,
        document,
        {
          ...variables,
          limit: PAGE_SIZE,
          page,
        },
      )
      const result = data[field]
      if (!result) throw new CmsError(`The CMS at ${url} answered query ${name} without ${field}`)
      docs.push(...result.docs)
      if (!result.hasNextPage) return docs
    }
  }

  const perLocale = async <T>(load: (locale: Locale) => Promise<T>): Promise<PerLocale<T>> => {
    const entries = []
    for (const locale of LOCALES) entries.push([locale, await load(locale)] as const)
    return Object.fromEntries(entries) as PerLocale<T>
  }

  const settings = await perLocale(async (locale) => {
    const data = await request<ResultOf<typeof SiteSettingsQuery>>(
      'SiteSettings',
      SiteSettingsQuery,
      { locale },
    )
    if (!data.SiteSettings?.votingDay) {
      throw new CmsError(
        `The CMS at ${url} has no published site settings (query SiteSettings, locale ${locale})`,
      )
    }
    return data.SiteSettings
  })
  const snapshot: Snapshot = {
    source: url,
    fetchedAt: new Date().toISOString(),
    requests: 0,
    settings,
    guides: await perLocale((locale) => all<Guide>('Guides', 'Guides', GuidesQuery, { locale })),
    faqs: await perLocale((locale) => all<Faq>('Faqs', 'Faqs', FaqsQuery, { locale })),
    factChecks: await perLocale((locale) =>
      all<FactCheck>('FactChecks', 'FactChecks', FactChecksQuery, { locale }),
    ),
    stages: await perLocale((locale) => all<Stage>('Stages', 'Stages', StagesQuery, { locale })),
    regions: await all<Region>('Regions', 'Regions', RegionsQuery),
    elections: await perLocale((locale) =>
      all<Election>('Elections', 'Elections', ElectionsQuery, { locale }),
    ),
    candidates: await perLocale((locale) =>
      all<Candidate>('Candidates', 'Candidates', CandidatesQuery, { locale }),
    ),
  }
  if (snapshot.regions.length === 0) {
    throw new CmsError(
      `The CMS at ${url} returned no regions (query Regions): refusing to build an empty guide`,
    )
  }
  snapshot.requests = requests
  return snapshot
}
