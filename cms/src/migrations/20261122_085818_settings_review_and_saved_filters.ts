import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_query_presets\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`is_shared\` integer DEFAULT false,
  	\`access_read_constraint\` text DEFAULT 'onlyMe',
  	\`access_read_authority\` text,
  	\`access_update_constraint\` text DEFAULT 'onlyMe',
  	\`access_delete_constraint\` text DEFAULT 'onlyMe',
  	\`where\` text,
  	\`columns\` text,
  	\`group_by\` text,
  	\`related_collection\` text NOT NULL,
  	\`is_temp\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_updated_at_idx\` ON \`payload_query_presets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_created_at_idx\` ON \`payload_query_presets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_query_presets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_order_idx\` ON \`payload_query_presets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_parent_idx\` ON \`payload_query_presets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_path_idx\` ON \`payload_query_presets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_users_id_idx\` ON \`payload_query_presets_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_review_state_idx\` ON \`site_settings\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_submitted_by_idx\` ON \`site_settings\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_published_by_idx\` ON \`site_settings\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_review_state_idx\` ON \`_site_settings_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_submitted_by_idx\` ON \`_site_settings_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_published_by_idx\` ON \`_site_settings_v\` (\`version_published_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_query_presets\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`last_edited_by_id\` text(36),
  	\`voting_day\` text,
  	\`voting_source\` text,
  	\`notice_active\` integer DEFAULT false,
  	\`notice_level\` text DEFAULT 'warning',
  	\`notice_source\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "last_edited_by_id", "voting_day", "voting_source", "notice_active", "notice_level", "notice_source", "_status", "updated_at", "created_at") SELECT "id", "last_edited_by_id", "voting_day", "voting_source", "notice_active", "notice_level", "notice_source", "_status", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`site_settings_last_edited_by_idx\` ON \`site_settings\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version_last_edited_by_id\` text(36),
  	\`version_voting_day\` text,
  	\`version_voting_source\` text,
  	\`version_notice_active\` integer DEFAULT false,
  	\`version_notice_level\` text DEFAULT 'warning',
  	\`version_notice_source\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_last_edited_by_id", "version_voting_day", "version_voting_source", "version_notice_active", "version_notice_level", "version_notice_source", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "version_last_edited_by_id", "version_voting_day", "version_voting_source", "version_notice_active", "version_notice_level", "version_notice_source", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_last_edited_by_idx\` ON \`_site_settings_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version__status_idx\` ON \`_site_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_snapshot_idx\` ON \`_site_settings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_published_locale_idx\` ON \`_site_settings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_latest_idx\` ON \`_site_settings_v\` (\`latest\`);`)
}
