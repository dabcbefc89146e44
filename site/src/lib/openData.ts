import { buildDate } from './build'
import type { Model } from './model'

/** The licence statement that travels with every open-data file. */
export const LICENCE = {
  compilation: 'CC BY 4.0 — Pusat Panduan Pilkada (https://creativecommons.org/licenses/by/4.0/)',
  regions:
    'Region codes and names: MIT licence, Copyright (c) 2017-2025 Cahya DSN (cahyadsn/wilayah), from Kepmendagri decrees',
  facts: 'Facts taken from other publishers stay theirs: every row names its source.',
}

type Row = Record<string, boolean | null | number | string | undefined>

const day = (iso: null | string | undefined) =>
  iso ? new Date(iso).toISOString().slice(0, 10) : ''

/** The four open-data tables, in Indonesian with English twins of localized texts. */
export const openDataTables = (id: Model, en: Model): Record<string, Row[]> => {
  const regionById = new Map(id.regions.map((r) => [r.id, r]))
  const electionById = new Map(id.elections.map((e) => [e.id, e]))
  const enElection = new Map(en.elections.map((e) => [e.id, e]))
  const enStage = new Map(en.stages.map((s) => [s.id, s]))
  return {
    regions: [...id.regions]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((r) => ({
        code: r.code,
        name: r.name,
        type: r.type,
        province_code: r.province?.id ? regionById.get(r.province.id)?.code : '',
        slug: r.slug,
      })),
    elections: id.races
      .map(({ election: e, region }) => ({
        region_code: region.code,
        region_name: region.name,
        office: e.office,
        voting_date: day(e.votingDate),
        status: e.status,
        status_reason_id: e.statusReason ?? '',
        status_reason_en: enElection.get(e.id)?.statusReason ?? '',
        status_source: e.statusSource ?? '',
        polling_stations: e.pollingStations ?? '',
        polling_stations_source: (e.pollingStationsSource ?? '').split('\n').join(' | '),
        candidate_count: e.candidateCount ?? 0,
        single_candidate: Boolean(e.singleCandidate),
      }))
      .sort((a, b) => a.region_code.localeCompare(b.region_code)),
    candidates: id.candidates
      .map((c) => {
        const election = c.election?.id ? electionById.get(c.election.id) : undefined
        const region = election?.region?.id ? regionById.get(election.region.id) : undefined
        return {
          region_code: region?.code ?? '',
          office: election?.office ?? '',
          ballot_number: c.ballotNumber,
          head_name: c.headName,
          deputy_name: c.deputyName,
          nomination: c.nomination,
          parties: (c.parties ?? []).join(';'),
          status: c.status,
          source: (c.source ?? '').split('\n').join(' | '),
        }
      })
      .sort(
        (a, b) => a.region_code.localeCompare(b.region_code) || a.ballot_number - b.ballot_number,
      ),
    stages: id.stages.map((s) => ({
      key: s.key,
      name_id: s.name,
      name_en: enStage.get(s.id)?.name ?? '',
      description_id: s.description ?? '',
      description_en: enStage.get(s.id)?.description ?? '',
      start: day(s.start),
      end: day(s.end),
      scope: s.scope,
      region_code: s.region?.id ? (regionById.get(s.region.id)?.code ?? '') : '',
      source: (s.source ?? '').split('\n').join(' | '),
    })),
  }
}

export const jsonFile = (name: string, rows: Row[]) =>
  JSON.stringify(
    {
      dataset: name,
      generatedAt: buildDate().toISOString(),
      licence: LICENCE,
      count: rows.length,
      data: rows,
    },
    null,
    1,
  )

const cell = (value: Row[string]) => {
  const text = value === undefined || value === null ? '' : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180 CSV with a header row; licence and stamp are in the JSON twin and /data/. */
export const csvFile = (rows: Row[]) => {
  const columns = Object.keys(rows[0] ?? {})
  return (
    [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join(
      '\r\n',
    ) + '\r\n'
  )
}
