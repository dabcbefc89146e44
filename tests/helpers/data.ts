import { readFileSync } from 'node:fs'

import { parse } from 'csv-parse/sync'

/** A file of shared/data, its rows keyed by the header: what the guide must show, at the source. */
export const dataRows = (file: string): Record<string, string>[] =>
  parse(readFileSync(new URL(`../../shared/data/${file}`, import.meta.url), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  })

/** KPU's pairs of each race (`<region code>/<office>`), in ballot order. */
export const kpuPairsByRace = () => {
  const races = new Map<string, Record<string, string>[]>()
  for (const row of dataRows('candidates_2024.csv')) {
    const key = `${row.region_code}/${row.office}`
    races.set(key, [...(races.get(key) ?? []), row])
  }
  for (const rows of races.values())
    rows.sort((a, b) => Number(a.ballot_number) - Number(b.ballot_number))
  return races
}
