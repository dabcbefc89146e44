import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`elections\` ADD \`polling_stations\` numeric;`)
  await db.run(sql`ALTER TABLE \`elections\` ADD \`polling_stations_source\` text;`)
  await db.run(sql`ALTER TABLE \`_elections_v\` ADD \`version_polling_stations\` numeric;`)
  await db.run(sql`ALTER TABLE \`_elections_v\` ADD \`version_polling_stations_source\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`elections\` DROP COLUMN \`polling_stations\`;`)
  await db.run(sql`ALTER TABLE \`elections\` DROP COLUMN \`polling_stations_source\`;`)
  await db.run(sql`ALTER TABLE \`_elections_v\` DROP COLUMN \`version_polling_stations\`;`)
  await db.run(sql`ALTER TABLE \`_elections_v\` DROP COLUMN \`version_polling_stations_source\`;`)
}
