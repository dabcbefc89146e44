import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parse } from 'csv-parse/sync'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The project's copy of the reference data: `shared/data` (see its SOURCES.md). */
export const DATA_DIR =
  process.env.PILKADA_DATA_DIR || path.resolve(dirname, '../../../shared/data')

/**
 * Reads one of the data files (RFC 4180: names such as "H. RANO KARNO, S.IP." are quoted). A
 * row of the wrong width means the file changed, and the seed stops rather than guess.
 */
export const readCsv = (file: string): Record<string, string>[] => {
  try {
    return parse(readFileSync(path.join(DATA_DIR, file), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as Record<string, string>[]
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    })
  }
}
