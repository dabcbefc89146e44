import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The project's copy of the reference data: `shared/data` (see its SOURCES.md). */
export const DATA_DIR =
  process.env.PILKADA_DATA_DIR || path.resolve(dirname, '../../../shared/data')

/**
 * Reads one of the data files. They hold no quoted fields (SOURCES.md says so); a quote or a
 * row of the wrong width means the file changed, and the seed stops rather than guess.
 */
export const readCsv = (file: string): Record<string, string>[] => {
  const [header, ...rows] = readFileSync(path.join(DATA_DIR, file), 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.length > 0)
  if (!header) throw new Error(`${file} is empty`)
  const columns = header.split(',')
  return rows.map((line, index) => {
    const cells = line.split(',')
    if (line.includes('"') || cells.length !== columns.length) {
      throw new Error(`${file} line ${index + 2}: expected ${columns.length} unquoted fields`)
    }
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] as string]))
  })
}
