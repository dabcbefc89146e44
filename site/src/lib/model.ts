import type { Locale } from '@pilkada/shared'

import type { Candidate, Election, FactCheck, Faq, Guide, Region, SiteSettings, Stage } from './cms'

/** What the pages read, per locale; built from the content collections by content.ts. */
export type Content = {
  settings: SiteSettings
  guides: Guide[]
  faqs: Faq[]
  factChecks: FactCheck[]
  stages: Stage[]
  regions: Region[]
  elections: Election[]
  candidates: Candidate[]
}

export type Race = {
  election: Election
  region: Region
  candidates: Candidate[]
  /** What happened to the race after voting day: its region's own stages, by date. */
  events: Stage[]
}

export type RegionNode = Region & { provinceRegion: Region | null }

const byCode = (a: Region, b: Region) => a.code.localeCompare(b.code)

/** Joins regions, races and candidate pairs; everything a page needs without more queries. */
export const buildModel = (content: Content) => {
  const regionsById = new Map(content.regions.map((r) => [r.id, r]))
  const provinces = content.regions.filter((r) => r.type === 'provinsi').sort(byCode)
  const childrenOf = new Map<string, Region[]>()
  for (const region of content.regions) {
    const parent = region.province?.id
    if (!parent) continue
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), region])
  }
  for (const list of childrenOf.values()) list.sort(byCode)

  const candidatesByElection = new Map<string, Candidate[]>()
  for (const candidate of content.candidates) {
    const election = candidate.election?.id
    if (!election) continue
    candidatesByElection.set(election, [...(candidatesByElection.get(election) ?? []), candidate])
  }
  for (const list of candidatesByElection.values())
    list.sort((a, b) => a.ballotNumber - b.ballotNumber)

  const stagesByDate = [...content.stages].sort(
    (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
  )
  const eventsByRegion = new Map<string, Stage[]>()
  for (const stage of stagesByDate) {
    const region = stage.scope === 'regional' ? stage.region?.id : undefined
    if (region) eventsByRegion.set(region, [...(eventsByRegion.get(region) ?? []), stage])
  }

  const raceByRegion = new Map<string, Race>()
  for (const election of content.elections) {
    const region = election.region?.id ? regionsById.get(election.region.id) : undefined
    if (!region) continue
    raceByRegion.set(region.id, {
      election,
      region,
      candidates: candidatesByElection.get(election.id) ?? [],
      events: eventsByRegion.get(region.id) ?? [],
    })
  }

  const provinceOf = (region: Region) =>
    region.province?.id ? (regionsById.get(region.province.id) ?? null) : null

  /** The races a voter of this region takes part in: its own, then its province's. */
  const racesFor = (region: Region): Race[] => {
    const own = raceByRegion.get(region.id)
    const province = provinceOf(region)
    const provincial = province ? raceByRegion.get(province.id) : undefined
    return [own, provincial].filter((race): race is Race => Boolean(race))
  }

  const guideBySlug = new Map(content.guides.map((g) => [g.slug, g]))
  const byOrder = <T extends { order?: number | null }>(a: T, b: T) =>
    (a.order ?? 100) - (b.order ?? 100)

  return {
    ...content,
    guides: [...content.guides].sort(byOrder),
    faqs: [...content.faqs].sort(byOrder),
    factChecks: [...content.factChecks].sort((a, b) => b.date.localeCompare(a.date)),
    stages: stagesByDate,
    provinces,
    childrenOf: (region: Region) => childrenOf.get(region.id) ?? [],
    provinceOf,
    raceOf: (region: Region) => raceByRegion.get(region.id) ?? null,
    racesFor,
    races: [...raceByRegion.values()],
    guide: (slug: string) => guideBySlug.get(slug) ?? null,
  }
}

export type Model = ReturnType<typeof buildModel>

export const regionPath = (region: Pick<Region, 'slug'>) => `/wilayah/${region.slug}/`
export const guidePath = (guide: Pick<Guide, 'slug'>) => `/panduan/${guide.slug}/`

export type { Locale }
