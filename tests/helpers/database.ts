import { createHash, randomUUID } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import { databaseKind } from '@pilkada/cms/db'

import { pnpm, pnpmAsync, ROOT, sourceHash } from '../../scripts/lib.mjs'

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

const seedCommand = (uri: string, secret: string): Parameters<typeof pnpm> => [
  ['--filter', '@pilkada/cms', 'run', 'seed'],
  { env: { DATABASE_URI: uri, PAYLOAD_SECRET: secret, SEED_DEMO_ACCOUNTS: '1' } },
]

/** Seeds the database at `uri` as `npm start` does (migrations, data files, demo accounts). */
export const seedDatabase = (uri: string, secret: string) => pnpm(...seedCommand(uri, secret))

/** seedDatabase, while the caller goes on (the global set-up builds the CMS meanwhile). */
const seedDatabaseAsync = (uri: string, secret: string) => pnpmAsync(...seedCommand(uri, secret))

/** Copies an SQLite database with its write-ahead log, so that the copy holds every commit. */
const copySqlite = (from: string, to: string) => {
  copyFileSync(from, to)
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`)
}

/** Seeded embedded databases of earlier runs (git-ignored, like all of node_modules). */
const SEED_CACHE = path.join(ROOT, 'tests', 'node_modules', '.cache', 'pilkada-seed')

/**
 * The seeded template database of a run, in `workDir`. Seeding takes minutes, and what it writes
 * depends only on what the seed reads, so on SQLite the seeded file is kept in SEED_CACHE under a
 * hash of those sources (and of the day, so that seeded timestamps stay recent): a run with the
 * same sources copies it instead. On MongoDB every run seeds.
 */
export const seedTemplate = async (workDir: string, secret: string) => {
  if (suiteDatabaseKind() === 'mongodb') {
    const uri = mongoDatabase(`${runPrefix(workDir)}template`)
    await seedDatabaseAsync(uri, secret)
    return uri
  }
  const file = path.join(workDir, 'seeded.db')
  const key = createHash('sha256')
    .update(
      sourceHash(['cms/src', 'cms/package.json', 'shared/src', 'shared/data', 'pnpm-lock.yaml']),
    )
    .update(`${process.env.DEMO_PASSWORD} ${process.env.PILKADA_DATA_DIR}`)
    .digest('hex')
  const day = new Date().toISOString().slice(0, 10)
  const cached = path.join(SEED_CACHE, `${day}-${key.slice(0, 20)}.db`)
  if (existsSync(cached)) {
    console.log(`[tests] seeded database from the cache (${path.relative(ROOT, cached)})`)
    copySqlite(cached, file)
    return `file:${file}`
  }
  await seedDatabaseAsync(`file:${file}`, secret)
  rmSync(SEED_CACHE, { recursive: true, force: true })
  mkdirSync(SEED_CACHE, { recursive: true })
  // The database file appears last: a run stopped half-way leaves no half copy behind.
  copySqlite(file, `${cached}.part`)
  if (existsSync(`${cached}.part-wal`)) renameSync(`${cached}.part-wal`, `${cached}-wal`)
  renameSync(`${cached}.part`, cached)
  return `file:${file}`
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
