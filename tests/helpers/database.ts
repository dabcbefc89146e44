import { randomUUID } from 'node:crypto'
import { copyFileSync, existsSync } from 'node:fs'
import path from 'node:path'

import { databaseKind } from '@pilkada/cms/db'

import { pnpm } from '../../scripts/lib.mjs'

/**
 * The suites' databases come from DATABASE_URI, so that the same suites run on the embedded
 * SQLite file (the default) and on a MongoDB server (`DATABASE_URI=mongodb://…`, as the
 * MongoDB workflow does). On SQLite every use gets a copy of one seeded file; on MongoDB a
 * database of its own on that server, seeded from the same data files.
 */
export const suiteDatabaseKind = () => databaseKind(process.env.DATABASE_URI)

/** The URI of `name` on the server of DATABASE_URI (its path replaced, its options kept). */
export const mongoDatabase = (name: string, base = process.env.DATABASE_URI as string) => {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/** The names of one run's MongoDB databases start with this, so that teardown finds them all. */
export const runPrefix = (workDir: string) =>
  `pilkada_test_${path
    .basename(workDir)
    .replace(/[^a-zA-Z0-9]/g, '')
    .slice(-8)}_`

/** Drops the MongoDB databases that this run made (nothing to do on SQLite: files in workDir). */
export const dropRunDatabases = async (workDir: string) => {
  if (suiteDatabaseKind() !== 'mongodb') return
  const { MongoClient } = await import('mongodb')
  const client = await MongoClient.connect(process.env.DATABASE_URI as string)
  try {
    const { databases } = await client.db().admin().listDatabases({ nameOnly: true })
    for (const { name } of databases) {
      if (name.startsWith(runPrefix(workDir))) await client.db(name).dropDatabase()
    }
  } finally {
    await client.close()
  }
}

/** Seeds the database at `uri` as `npm start` does (migrations, data files, demo accounts). */
export const seedDatabase = (uri: string, secret: string) =>
  pnpm(['--filter', '@pilkada/cms', 'run', 'seed'], {
    env: { DATABASE_URI: uri, PAYLOAD_SECRET: secret, SEED_DEMO_ACCOUNTS: '1' },
  })

/** Copies an SQLite database with its write-ahead log, so that the copy holds every commit. */
const copySqlite = (from: string, to: string) => {
  copyFileSync(from, to)
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`)
}

/**
 * A database for one suite or server: a copy of the seeded template on SQLite (`template` is its
 * `file:` URI), a newly seeded database on MongoDB; empty when `seeded` is false.
 */
export const freshDatabase = ({
  template,
  workDir,
  secret,
  seeded = true,
}: {
  template: string
  workDir: string
  secret: string
  seeded?: boolean
}) => {
  if (suiteDatabaseKind() === 'mongodb') {
    const uri = mongoDatabase(`${runPrefix(workDir)}${randomUUID().slice(0, 8)}`)
    if (seeded) seedDatabase(uri, secret)
    return uri
  }
  const file = path.join(workDir, `${randomUUID()}.db`)
  if (seeded) copySqlite(template.replace(/^file:/, ''), file)
  return `file:${file}`
}
