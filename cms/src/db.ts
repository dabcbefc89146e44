import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { migrations } from './migrations'
import { mongodbMigrations } from './migrations-mongodb'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The embedded database file when DATABASE_URI is unset: git-ignored, under cms/data. */
export const DEFAULT_SQLITE_URL = `file:${path.resolve(dirname, '../data/pilkada.db')}`

export type DatabaseKind = 'mongodb' | 'sqlite'

export const databaseKind = (uri = process.env.DATABASE_URI): DatabaseKind =>
  uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'

/** The hosts of a MongoDB URI, without credentials: "db1.example:27017,db2.example". */
export const mongoHosts = (uri: string): string =>
  uri
    .replace(/^mongodb(\+srv)?:\/\//, '')
    .replace(/^[^@/]*@/, '')
    .split(/[/?]/)[0] || uri

/**
 * `mongodb://` or `mongodb+srv://` selects MongoDB (production); anything else, or nothing,
 * the embedded SQLite file. Both use text ids, so the GraphQL schema is the same under both.
 */
export const databaseAdapter = (uri = process.env.DATABASE_URI): DatabaseAdapterObj => {
  if (databaseKind(uri) === 'mongodb') return mongoDatabase(uri as string)
  const url = uri || DEFAULT_SQLITE_URL
  const file = url.replace(/^file:(\/\/)?/, '')
  if (url.startsWith('file:') && file !== ':memory:')
    mkdirSync(path.dirname(file), { recursive: true })
  return sqliteAdapter({
    client: { url },
    idType: 'uuid',
    // The schema comes from committed migrations, in development as in production, so that the
    // demo database and a deployed one are built the same way.
    push: false,
    prodMigrations: migrations,
    wal: true,
    // The CMS and a maintenance task (a seed, a test) may open the same file at once.
    busyTimeout: 10_000,
  } as Parameters<typeof sqliteAdapter>[0])
}

/**
 * Gives SQLite's query planner statistics of the tables (sqlite_stat1), once per start. Without
 * them it reads a race's pairs through the `_status` index (every published row) instead of the
 * `election` index, and GraphQL's per-parent joins pay that on every request. `analysis_limit`
 * keeps it to a sample of each index, so it stays fast on a large database.
 */
export const analyzeSqlite = async (payload: Payload) => {
  const { client } = payload.db as unknown as { client: { execute: (sql: string) => unknown } }
  await client.execute('PRAGMA analysis_limit = 1000')
  await client.execute('ANALYZE')
}

/** Said at start-up when MongoDB runs without a replica set; names hosts, never credentials. */
export const standaloneWarning = (uri: string) =>
  `MongoDB at ${mongoHosts(uri)} runs without a replica set: changes and their audit entries ` +
  'are not written in one transaction. Production needs a replica set ' +
  '(DATABASE_URI=mongodb://…/pilkada?replicaSet=rs0, or mongodb+srv:// of a managed cluster).'

/**
 * MongoDB: collections and indexes follow the config, so the schema needs no migrations; its own
 * migration folder holds only what must run on MongoDB (see migrations-mongodb/README.md).
 * Pool size, TLS and read preference are options of the URI (see the README).
 */
const mongoDatabase = (uri: string): DatabaseAdapterObj => {
  const adapter = mongooseAdapter({
    url: uri,
    connectOptions: {
      // Fail start-up within seconds when the server cannot be reached.
      serverSelectionTimeoutMS: Number(process.env.MONGODB_TIMEOUT_MS || 5000),
    },
    // Unique indexes (region codes, slugs, e-mail) exist before the CMS serves a request.
    ensureIndexes: true,
    migrationDir: path.resolve(dirname, 'migrations-mongodb'),
    prodMigrations: mongodbMigrations,
    afterOpenConnection: async (db) => {
      // Payload's adapter turns transactions off without one; say so instead of staying silent.
      if (!db.connection.getClient().options.replicaSet) {
        db.payload.logger.warn(standaloneWarning(uri))
      }
    },
  })
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const connect = instance.connect
      instance.connect = async function (options) {
        try {
          return await connect?.call(this, options)
        } catch (error) {
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
          throw new Error(
            `Cannot reach MongoDB at ${mongoHosts(uri)} (DATABASE_URI): ${reason.replace(/^Error: /, '')}`,
            { cause: error },
          )
        }
      }
      return instance
    },
  }
}
