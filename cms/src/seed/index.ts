import { createLocalReq, type Payload, type PayloadRequest, type RequestContext } from 'payload'

import { DEMO_ACCOUNTS, OFFICES, type Office, type RegionType } from '@pilkada/shared'

import type {} from '../lib/requestContext'
import {
  PRESET_COLLECTIONS,
  REVIEW_QUEUE_TITLE,
  reviewingAuthorities,
  reviewQueueWhere,
} from '../admin/queryPresets'
import { deriveElection } from '../collections/Candidates/hooks/deriveElection'
import { databaseKind } from '../db'
import { slugify } from '../fields/slug'
import { lexical } from '../lib/lexical'
import { readCsv } from './csv'
import {
  mergePairs,
  POLLING_STATIONS_SOURCE,
  raceEvents,
  rerunStatus,
  timelineSource,
} from './pilkadaData'
import { FAQS } from './faqs'
import { GUIDES } from './guides'

/** The demo accounts' password when DEMO_PASSWORD is unset (embedded database only). */
export const DEFAULT_DEMO_PASSWORD = 'pilkada-demo-2024'
const VOTING_DAY = '2024-11-27'

export type SeedReport = Record<string, number>

/** A calendar day as stored by the admin's day picker: noon in WIB, the same day in every zone of Indonesia. */
export const dayToISO = (day: string) => new Date(`${day}T12:00:00+07:00`).toISOString()

const published = { _status: 'published' as const }

/**
 * Fills an empty database with the reference data and the demo content, and adds what is
 * missing to one that has some: it creates, never updates, so running it twice changes nothing.
 */
export const seed = async (payload: Payload, options: { req?: Partial<PayloadRequest> } = {}) => {
  const context = { seeding: true, disableRevalidate: true }
  const created: SeedReport = {}
  const count = (collection: string) => {
    created[collection] = (created[collection] ?? 0) + 1
  }
  const base = { context, req: options.req, overrideAccess: true, depth: 0 } as const

  // Regions: provinces first, so that regencies and cities can point at them.
  const regionRows = readCsv('regions.csv')
  const regionIds = new Map<string, string>()
  const existingRegions = await payload.find({
    ...base,
    collection: 'regions',
    limit: 0,
    pagination: false,
    select: { code: true },
  })
  for (const region of existingRegions.docs) regionIds.set(region.code, String(region.id))
  const rowsInOrder = [
    ...regionRows.filter((r) => r.type === 'provinsi'),
    ...regionRows.filter((r) => r.type !== 'provinsi'),
  ]
  for (const row of rowsInOrder) {
    if (regionIds.has(row.code as string)) continue
    const doc = await payload.create({
      ...base,
      collection: 'regions',
      draft: false,
      data: {
        code: row.code as string,
        name: row.name as string,
        slug: slugify(row.name as string),
        type: row.type as RegionType,
        province: row.province_code ? regionIds.get(row.province_code) : undefined,
      },
    })
    regionIds.set(doc.code, String(doc.id))
    count('regions')
  }

  // Elections: one per region that held a Pilkada on voting day.
  const electionIds = new Map<string, string>()
  const existingElections = await payload.find({
    ...base,
    collection: 'elections',
    limit: 0,
    pagination: false,
    draft: true,
    select: { region: true, office: true },
  })
  const codeById = new Map([...regionIds].map(([code, id]) => [id, code]))
  for (const election of existingElections.docs) {
    const code = codeById.get(String(election.region))
    if (code) electionIds.set(`${code}/${election.office}`, String(election.id))
  }
  const tps = new Map(readCsv('tps_2024.csv').map((row) => [row.region_code, row]))
  const pollingStationsOf = (code: string, office: Office) => {
    const row = tps.get(code)
    const count = Number(
      office === 'gubernur' ? row?.tps_governor_race : row?.tps_regent_or_mayor_race,
    )
    return count > 0
      ? { pollingStations: count, pollingStationsSource: POLLING_STATIONS_SOURCE }
      : {}
  }
  const reruns = rerunStatus(readCsv('revotes_2025.csv'))
  for (const row of readCsv('pilkada_2024.csv')) {
    if (row.held_pilkada_2024 !== 'true') continue
    const office = row.office as Office
    if (!OFFICES.includes(office)) throw new Error(`pilkada_2024.csv: unknown office "${office}"`)
    const key = `${row.code}/${office}`
    if (electionIds.has(key)) continue
    const region = regionIds.get(row.code as string)
    if (!region) throw new Error(`pilkada_2024.csv: region ${row.code} is not in regions.csv`)
    const rerun = reruns.get(key)
    const doc = await payload.create({
      ...base,
      collection: 'elections',
      locale: 'id',
      data: {
        ...published,
        region,
        office,
        votingDate: dayToISO(VOTING_DAY),
        ...pollingStationsOf(row.code as string, office),
        ...(rerun
          ? { status: 'rerun', statusReason: rerun.reason.id, statusSource: rerun.source }
          : { status: 'decided' }),
      },
    })
    if (rerun) {
      await payload.update({
        ...base,
        collection: 'elections',
        id: doc.id,
        locale: 'en',
        data: { ...published, statusReason: rerun.reason.en },
      })
    }
    electionIds.set(key, String(doc.id))
    count('elections')
  }

  // The national timeline.
  const existingStages = await payload.find({
    ...base,
    collection: 'stages',
    limit: 0,
    pagination: false,
    draft: true,
    where: { scope: { equals: 'national' } },
    select: { key: true },
  })
  const stageKeys = new Set(existingStages.docs.map((stage) => stage.key))
  for (const row of readCsv('pilkada_2024_timeline.csv')) {
    if (stageKeys.has(row.key as string)) continue
    const doc = await payload.create({
      ...base,
      collection: 'stages',
      locale: 'id',
      data: {
        ...published,
        key: row.key as string,
        name: row.name_id as string,
        start: dayToISO(row.start as string),
        end: dayToISO(row.end as string),
        scope: 'national',
        source: timelineSource(row.source as string),
      },
    })
    await payload.update({
      ...base,
      collection: 'stages',
      id: doc.id,
      locale: 'en',
      data: { ...published, name: row.name_en as string },
    })
    count('stages')
  }

  // Candidate pairs: KPU's list of every pair, with the sample's parties and news sources.
  const existingCandidates = await payload.find({
    ...base,
    collection: 'candidates',
    limit: 0,
    pagination: false,
    draft: true,
    select: { election: true, ballotNumber: true },
  })
  const candidateKeys = new Set(
    existingCandidates.docs.map((c) => `${String(c.election)}/${c.ballotNumber}`),
  )
  const racesWithNewPairs = new Set<string>()
  for (const pair of mergePairs(readCsv('candidates_2024.csv'), readCsv('candidates_sample.csv'))) {
    const election = electionIds.get(pair.race)
    if (!election) throw new Error(`candidates_2024.csv: no election ${pair.race}`)
    if (candidateKeys.has(`${election}/${pair.ballotNumber}`)) continue
    await payload.create({
      ...base,
      context: { ...context, deriveLater: true },
      collection: 'candidates',
      data: { ...published, ...pair.data, election, status: 'confirmed' },
    })
    racesWithNewPairs.add(election)
    count('candidates')
  }
  const deriveReq = await createLocalReq({ context: { ...context } }, payload)
  for (const election of racesWithNewPairs) await deriveElection(election, deriveReq)

  // What happened to races after voting day: dated stages of their region.
  const existingRegional = await payload.find({
    ...base,
    collection: 'stages',
    limit: 0,
    pagination: false,
    draft: true,
    where: { scope: { equals: 'regional' } },
    select: { key: true, region: true },
  })
  const regionalKeys = new Set(
    existingRegional.docs.map((stage) => `${String(stage.region)}/${stage.key}`),
  )
  for (const event of raceEvents(readCsv('revotes_2025.csv'))) {
    const region = regionIds.get(event.regionCode)
    if (!region)
      throw new Error(`revotes_2025.csv: region ${event.regionCode} is not in regions.csv`)
    if (!electionIds.has(event.race)) throw new Error(`revotes_2025.csv: no election ${event.race}`)
    if (regionalKeys.has(`${region}/${event.key}`)) continue
    const doc = await payload.create({
      ...base,
      collection: 'stages',
      locale: 'id',
      data: {
        ...published,
        key: event.key,
        scope: 'regional',
        region,
        name: event.name.id,
        description: event.description.id,
        start: dayToISO(event.date),
        end: dayToISO(event.date),
        source: event.source,
      },
    })
    await payload.update({
      ...base,
      collection: 'stages',
      id: doc.id,
      locale: 'en',
      data: { ...published, name: event.name.en, description: event.description.en },
    })
    count('stages')
  }

  // Guides and FAQs, Indonesian first, then their English translations.
  const existingGuides = await payload.find({
    ...base,
    collection: 'guides',
    limit: 0,
    pagination: false,
    draft: true,
    select: { slug: true },
  })
  const guideSlugs = new Set(existingGuides.docs.map((guide) => guide.slug))
  for (const guide of GUIDES) {
    if (guideSlugs.has(guide.slug)) continue
    const common = {
      slug: guide.slug,
      topic: guide.topic,
      authority: guide.authority,
      order: guide.order,
      source: guide.source,
    }
    const doc = await payload.create({
      ...base,
      collection: 'guides',
      locale: 'id',
      data: {
        ...published,
        ...common,
        title: guide.id.title,
        summary: guide.id.summary,
        body: lexical(guide.id.body),
      },
    })
    await payload.update({
      ...base,
      collection: 'guides',
      id: doc.id,
      locale: 'en',
      data: {
        ...published,
        title: guide.en.title,
        summary: guide.en.summary,
        body: lexical(guide.en.body),
      },
    })
    count('guides')
  }

  const existingFaqs = await payload.find({
    ...base,
    collection: 'faqs',
    limit: 0,
    pagination: false,
    draft: true,
    locale: 'id',
    select: { question: true },
  })
  const questions = new Set(existingFaqs.docs.map((faq) => faq.question))
  for (const faq of FAQS) {
    if (questions.has(faq.id.question)) continue
    const common = {
      topic: faq.topic,
      authority: faq.authority,
      order: faq.order,
      source: faq.source,
    }
    const doc = await payload.create({
      ...base,
      collection: 'faqs',
      locale: 'id',
      data: { ...published, ...common, question: faq.id.question, answer: lexical(faq.id.answer) },
    })
    await payload.update({
      ...base,
      collection: 'faqs',
      id: doc.id,
      locale: 'en',
      data: { ...published, question: faq.en.question, answer: lexical(faq.en.answer) },
    })
    count('faqs')
  }

  await seedSiteSettings(payload, base, count)
  await seedDemoAccounts(payload, base, count)
  await seedReviewQueues(payload, base, count)
  return created
}

/**
 * The shared saved filter "Menunggu tinjauan saya" of each editorial list, one per authority
 * that reviews its records, read by that authority's publishers (admin/queryPresets.ts). Payload
 * keeps presets per account or shared; an account created later sees the shared one at once.
 */
const seedReviewQueues = async (
  payload: Payload,
  base: { context: RequestContext; depth: 0; overrideAccess: true },
  count: (collection: string) => void,
) => {
  const { docs: existing } = await payload.find({
    ...base,
    collection: 'payload-query-presets',
    where: { title: { equals: REVIEW_QUEUE_TITLE } },
    limit: 0,
    pagination: false,
  })
  for (const slug of Object.keys(PRESET_COLLECTIONS)) {
    for (const authority of reviewingAuthorities(slug)) {
      const readers = (preset: (typeof existing)[number]) =>
        (preset.access as { read?: { authority?: string } } | undefined)?.read?.authority
      if (existing.some((p) => p.relatedCollection === slug && readers(p) === authority)) continue
      await payload.create({
        ...base,
        collection: 'payload-query-presets',
        data: {
          title: REVIEW_QUEUE_TITLE,
          isShared: true,
          relatedCollection: slug as never,
          where: reviewQueueWhere(slug, authority),
          access: {
            read: { constraint: 'authorityPublishers', authority },
            // Nobody changes or deletes the shared queue; editors save their own filters.
            update: { constraint: 'onlyMe', users: [] },
            delete: { constraint: 'onlyMe', users: [] },
          } as never,
        },
      })
      count('payload-query-presets')
    }
  }
}

const seedSiteSettings = async (
  payload: Payload,
  base: { context: RequestContext; depth: 0; overrideAccess: true },
  count: (collection: string) => void,
) => {
  const current = await payload.findGlobal({ ...base, slug: 'site-settings', draft: true })
  if (current.votingDay) return
  const links = [
    {
      url: 'https://cekdptonline.kpu.go.id',
      id: 'Cek DPT online (KPU)',
      en: 'Check the voter list (KPU)',
    },
    {
      url: 'https://infopemilu.kpu.go.id',
      id: 'Info pasangan calon (KPU)',
      en: 'Candidate information (KPU)',
    },
    {
      url: 'https://pilkada2024.kpu.go.id',
      id: 'Publikasi hasil penghitungan (KPU)',
      en: 'Published counts (KPU)',
    },
    {
      url: 'https://sigaplapor.bawaslu.go.id',
      id: 'Lapor pelanggaran (Bawaslu)',
      en: 'Report a violation (Bawaslu)',
    },
  ]
  const saved = await payload.updateGlobal({
    ...base,
    slug: 'site-settings',
    locale: 'id',
    data: {
      ...published,
      votingDay: dayToISO(VOTING_DAY),
      votingHours: '07.00–13.00 waktu setempat',
      votingSource:
        'PKPU 2/2024 (hari pemungutan suara)\nPKPU 17/2024 pasal 9 (jam pemungutan suara)',
      notice: { active: false, level: 'warning' },
      officialLinks: links.map((link) => ({ url: link.url, label: link.id })),
    },
  })
  await payload.updateGlobal({
    ...base,
    slug: 'site-settings',
    locale: 'en',
    data: {
      ...published,
      votingHours: '07.00–13.00 local time',
      officialLinks: (saved.officialLinks ?? []).map((link, i) => ({
        ...link,
        label: links[i]?.en as string,
      })),
    },
  })
  count('site-settings')
}

/**
 * The demo accounts of the README's role table, on the embedded demo database only (and on a
 * test suite's MongoDB, which sets SEED_DEMO_ACCOUNTS=1); production creates none.
 */
const seedDemoAccounts = async (
  payload: Payload,
  base: { context: RequestContext; depth: 0; overrideAccess: true },
  count: (collection: string) => void,
) => {
  if (databaseKind() !== 'sqlite' && process.env.SEED_DEMO_ACCOUNTS !== '1') return
  const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD
  const { docs: existing } = await payload.find({
    collection: 'users',
    pagination: false,
    depth: 0,
    select: { email: true },
  })
  const emails = new Set(existing.map((user) => user.email))
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    if (emails.has(account.email)) continue
    const { docs: regions } = await payload.find({
      collection: 'regions',
      where: { code: { in: account.regions } },
      pagination: false,
      depth: 0,
      select: { code: true },
    })
    await payload.create({
      ...base,
      collection: 'users',
      draft: false,
      data: {
        email: account.email,
        password,
        name: account.name,
        role: account.role,
        authority: account.authority,
        scope: account.regions.length ? 'regional' : 'national',
        regions: regions.map((region) => region.id),
      },
    })
    count('users')
  }
}
