import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_build_status\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_seconds\` numeric,
  	\`reason\` text,
  	\`error\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_build_status\`;`)
}
