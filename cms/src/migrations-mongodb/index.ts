import * as migration_20261122_000000_unique_indexes from './20261122_000000_unique_indexes'

/** Migrations for MongoDB only; the embedded SQLite database has its own in ../migrations. */
export const mongodbMigrations = [
  {
    up: migration_20261122_000000_unique_indexes.up,
    down: migration_20261122_000000_unique_indexes.down,
    name: '20261122_000000_unique_indexes',
  },
]
