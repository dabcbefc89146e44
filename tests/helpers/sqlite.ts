import { copyFileSync, existsSync } from 'node:fs'

/** Copies an SQLite database with its write-ahead log, so that the copy holds every commit. */
export const copySqlite = (from: string, to: string) => {
  copyFileSync(from, to)
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`)
}
