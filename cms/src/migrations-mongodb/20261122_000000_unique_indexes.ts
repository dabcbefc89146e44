import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'

/**
 * MongoDB needs no schema migration: its collections follow the config. What must hold before
 * a deployment serves anyone is that the unique indexes exist (region codes, slugs, e-mail):
 * this builds them, and fails, naming the index, when stored documents break one.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as MongooseAdapter
  const models = [...Object.values(db.collections), ...Object.values(db.versions), db.globals]
  for (const model of models) await model.ensureIndexes()
  payload.logger.info(`MongoDB: indexes of ${models.length} collections are in place.`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Indexes follow the config; there is nothing to undo.
}
