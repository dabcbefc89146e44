import type { Candidate } from '@pilkada/shared/payload-types'

/**
 * The reading of KPU's list of pairs (candidates_2024.csv), the news sample
 * (candidates_sample.csv) and the events after voting day (revotes_2025.csv) into what the seed
 * stores. shared/data/SOURCES.md says what each column means and what may be shown.
 */

type Row = Record<string, string>
type Localized = { id: string; en: string }

/** The outlet names of the data files, as a reader should see them. */
const SOURCE_NAMES: Record<string, string> = {
  'KPU Sirekap Pilkada 2024 (paslon master)': 'KPU, Sirekap Pilkada 2024 (daftar pasangan calon)',
  'github razanfawwaz/pilkada-scrap': 'Salinan arsip Sirekap (GitHub razanfawwaz/pilkada-scrap)',
}

/**
 * One source a line, "Outlet, 2024-09-23: https://…", from the parallel lists of a row (the
 * site shows the date in the reader's language). A date that SOURCES.md marks with "~" was read
 * in the article, not shown as its publication date; it keeps its mark.
 */
const sourceLines = (names: string[], urls: string[], dates: string[]) =>
  urls
    .map((url, i) => {
      const name = (names[i] ?? '').trim()
      const date = (dates[i] ?? '').trim()
      const label = [SOURCE_NAMES[name] ?? name, date].filter(Boolean).join(', ')
      // One address in the re-votes list ends its host with the root dot ("bacakoran.co./…").
      return `${label}: ${url.trim().replace(/^(https?:\/\/[^/]+)\.\//, '$1/')}`
    })
    .join('\n')

const rowSources = (row: Row) =>
  sourceLines(
    (row.source_name ?? '').split(';'),
    (row.source_url ?? '').split(';'),
    (row.source_date ?? '').split(';'),
  )

export type Pair = {
  /** `<region code>/<office>`, as the seed keys its elections. */
  race: string
  ballotNumber: number
  data: Pick<
    Candidate,
    'ballotNumber' | 'deputyName' | 'headName' | 'nomination' | 'parties' | 'source'
  >
}

/**
 * Every pair of KPU's list, in its order. Where the news sample has the same race and ballot
 * number, its parties (or independent nomination) and its sources are added; KPU's spelling of
 * the names wins. Without the sample, the nominating parties are not published: Sirekap does not
 * carry them.
 */
export const mergePairs = (kpu: Row[], sample: Row[]): Pair[] => {
  const key = (row: Row) => `${row.region_code}/${row.office}/${Number(row.ballot_number)}`
  const sampleByKey = new Map(sample.map((row) => [key(row), row]))
  const seen = new Set<string>()
  const pairs = kpu.map((row) => {
    const ballotNumber = Number(row.ballot_number)
    if (!Number.isInteger(ballotNumber) || ballotNumber < 1) {
      throw new Error(`candidates_2024.csv: ballot number "${row.ballot_number}" of ${key(row)}`)
    }
    if (seen.has(key(row))) throw new Error(`candidates_2024.csv: ${key(row)} appears twice`)
    seen.add(key(row))
    const news = sampleByKey.get(key(row))
    const independent = news?.parties === 'perseorangan'
    const parties = news && !independent ? (news.parties as string).split(';') : []
    return {
      race: `${row.region_code}/${row.office}`,
      ballotNumber,
      data: {
        ballotNumber,
        headName: row.head_name as string,
        deputyName: row.deputy_name as string,
        nomination: news ? (independent ? 'independent' : 'parties') : 'unknown',
        parties,
        source: [rowSources(row), news ? rowSources(news) : ''].filter(Boolean).join('\n'),
      },
    } satisfies Pair
  })
  for (const row of sample) {
    if (!seen.has(key(row))) {
      throw new Error(
        `candidates_sample.csv: ${key(row)} is not in KPU's list (candidates_2024.csv)`,
      )
    }
  }
  return pairs
}

/** Where the numbers of polling stations come from (SOURCES.md, tps_2024.csv). */
export const POLLING_STATIONS_SOURCE =
  'KPU, Sirekap Pilkada 2024 (jumlah TPS per wilayah), 2024-11-28: https://pilkada2024.kpu.go.id'

const eventSources = (row: Row) =>
  sourceLines(
    row.source_names?.split(' | ') ?? [],
    row.source_urls?.split(' | ') ?? [],
    row.source_dates?.split(' | ') ?? [],
  )

const caseNumber = (row: Row) => row.court_decision?.match(/\d+\/PHPU\.[A-Z]+-[A-Z]+\/\d{4}/)?.[0]

const longDate = (iso: string, locale: 'en' | 'id') =>
  new Date(`${iso}T12:00:00+07:00`).toLocaleDateString(locale === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  })

const EVENT_NAMES: Record<string, Localized> = {
  'revote/whole': {
    id: 'Pemungutan suara ulang di seluruh wilayah',
    en: 'Re-vote across the region',
  },
  'revote/partial': {
    id: 'Pemungutan suara ulang di sebagian TPS',
    en: 'Re-vote at some polling stations',
  },
  'rerun/whole': { id: 'Pemilihan ulang', en: 'New election' },
  recount: { id: 'Putusan MK: penghitungan suara ulang', en: 'Court ruling: recount' },
  decree_correction: {
    id: 'Putusan MK: perbaikan keputusan KPU tentang hasil',
    en: "Court ruling: correction of KPU's decree on the result",
  },
}

export type RaceEvent = {
  regionCode: string
  race: string
  key: string
  name: Localized
  description: Localized
  /** The day shown: the event's, or the court's ruling where no source states the event's day. */
  date: string
  source: string
}

/**
 * The events of revotes_2025.csv as dated stages of their region. The one date that no source
 * states (event_date_sourced = false) is not shown: that event is dated by the court's ruling,
 * and its text says that the day of the vote is not known from the sources.
 */
export const raceEvents = (rows: Row[]): RaceEvent[] => {
  const perRegion = new Map<string, number>()
  return rows.map((row) => {
    const kind =
      row.event === 'revote' || row.event === 'rerun' ? `${row.event}/${row.scope}` : row.event
    const name = EVENT_NAMES[kind as string]
    if (!name) throw new Error(`revotes_2025.csv: unknown event "${kind}" in ${row.region_code}`)
    const nth = (perRegion.get(row.region_code as string) ?? 0) + 1
    perRegion.set(row.region_code as string, nth)
    const base = {
      revote: 'psu_2025',
      rerun: 'pemilihan_ulang_2025',
      recount: 'penghitungan_ulang_2025',
      decree_correction: 'perbaikan_keputusan_2025',
    }[row.event as string] as string
    const dated = Boolean(row.event_date) && row.event_date_sourced === 'true'
    const ruling = caseNumber(row)
    const court: Localized =
      ruling && row.court_decision_date
        ? {
            id: `Diperintahkan Mahkamah Konstitusi dalam Putusan ${ruling} tanggal ${longDate(row.court_decision_date, 'id')}.`,
            en: `Ordered by the Constitutional Court in decision ${ruling} of ${longDate(row.court_decision_date, 'en')}.`,
          }
        : row.event === 'rerun'
          ? {
              id: 'Kotak kosong menang pada pemungutan suara 27 November 2024, sehingga pemilihan diulang.',
              en: 'The empty box won the vote of 27 November 2024, so the election was held again.',
            }
          : { id: '', en: '' }
    const undated: Localized = dated
      ? { id: '', en: '' }
      : {
          id: 'Tanggal pemungutan suara ulang ini tidak disebut oleh sumber yang kami baca.',
          en: 'The sources we read do not state the day of this re-vote.',
        }
    const changes: Localized = row.candidate_changes
      ? {
          id: 'Pasangan calon berubah untuk pemungutan suara ini; rinciannya ada pada sumber.',
          en: 'The candidate pairs changed for this vote; the sources give the details.',
        }
      : { id: '', en: '' }
    const text = (locale: 'en' | 'id') =>
      [court[locale], undated[locale], changes[locale]].filter(Boolean).join(' ')
    const date = dated ? row.event_date : row.court_decision_date
    if (!date) throw new Error(`revotes_2025.csv: ${row.region_code} ${row.event} has no date`)
    return {
      regionCode: row.region_code as string,
      race: `${row.region_code}/${row.office}`,
      key: nth === 1 ? base : `${base}_${nth}`,
      name:
        dated || !row.event.startsWith('re')
          ? name
          : {
              id: `Putusan MK: ${name.id.toLowerCase()}`,
              en: `Court ruling: ${name.en.toLowerCase()}`,
            },
      description: { id: text('id'), en: text('en') },
      date: date as string,
      source: eventSources(row),
    }
  })
}

/** The races re-run after the empty box won: their status, reason and sources. */
export const rerunStatus = (rows: Row[]) =>
  new Map(
    rows
      .filter((row) => row.event === 'rerun')
      .map((row) => [
        `${row.region_code}/${row.office}`,
        {
          reason: {
            id: `Kotak kosong menang pada 27 November 2024. Pemilihan diulang pada ${longDate(row.event_date as string, 'id')}.`,
            en: `The empty box won on 27 November 2024. The election was held again on ${longDate(row.event_date as string, 'en')}.`,
          },
          source: eventSources(row),
        },
      ]),
  )

/**
 * The timeline's sources in Indonesian, the language the CMS stores them in ("PKPU 2/2024 as
 * reported by okezone and VOI" reads "PKPU 2/2024, diberitakan okezone dan VOI").
 */
export const timelineSource = (source: string) =>
  source
    .replace(/ as reported by /g, ', diberitakan ')
    .replace(/ and /g, ' dan ')
    .replace(/national holiday by /g, 'hari libur nasional menurut ')
