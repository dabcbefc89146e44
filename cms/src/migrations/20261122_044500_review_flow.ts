import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`elections\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`elections\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`elections\` ADD \`submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`elections\` ADD \`submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`elections_review_state_idx\` ON \`elections\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`elections_submitted_by_idx\` ON \`elections\` (\`submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`elections\` SET \`review_state\` = 'submitted' WHERE \`submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`elections\` DROP COLUMN \`submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_elections_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_elections_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_elections_v\` ADD \`version_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_elections_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_review_state_idx\` ON \`_elections_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_submitted_by_idx\` ON \`_elections_v\` (\`version_submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`_elections_v\` SET \`version_review_state\` = 'submitted' WHERE \`version_submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`_elections_v\` DROP COLUMN \`version_submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`candidates\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`candidates\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`candidates\` ADD \`submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`candidates\` ADD \`submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`candidates_review_state_idx\` ON \`candidates\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`candidates_submitted_by_idx\` ON \`candidates\` (\`submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`candidates\` SET \`review_state\` = 'submitted' WHERE \`submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`candidates\` DROP COLUMN \`submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_candidates_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_candidates_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_candidates_v\` ADD \`version_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_candidates_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_review_state_idx\` ON \`_candidates_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_submitted_by_idx\` ON \`_candidates_v\` (\`version_submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`_candidates_v\` SET \`version_review_state\` = 'submitted' WHERE \`version_submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`_candidates_v\` DROP COLUMN \`version_submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`stages\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`stages\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`stages\` ADD \`submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`stages\` ADD \`submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`stages_review_state_idx\` ON \`stages\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`stages_submitted_by_idx\` ON \`stages\` (\`submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`stages\` SET \`review_state\` = 'submitted' WHERE \`submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`stages\` DROP COLUMN \`submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_stages_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_stages_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_stages_v\` ADD \`version_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_stages_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_review_state_idx\` ON \`_stages_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_submitted_by_idx\` ON \`_stages_v\` (\`version_submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`_stages_v\` SET \`version_review_state\` = 'submitted' WHERE \`version_submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`_stages_v\` DROP COLUMN \`version_submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`guides_review_state_idx\` ON \`guides\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`guides_submitted_by_idx\` ON \`guides\` (\`submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`guides\` SET \`review_state\` = 'submitted' WHERE \`submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_review_state_idx\` ON \`_guides_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_submitted_by_idx\` ON \`_guides_v\` (\`version_submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`_guides_v\` SET \`version_review_state\` = 'submitted' WHERE \`version_submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`faqs_review_state_idx\` ON \`faqs\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`faqs_submitted_by_idx\` ON \`faqs\` (\`submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`faqs\` SET \`review_state\` = 'submitted' WHERE \`submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`faqs\` DROP COLUMN \`submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_review_state_idx\` ON \`_faqs_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_submitted_by_idx\` ON \`_faqs_v\` (\`version_submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`_faqs_v\` SET \`version_review_state\` = 'submitted' WHERE \`version_submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` DROP COLUMN \`version_submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`fact_checks\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`fact_checks\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`fact_checks\` ADD \`submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`fact_checks\` ADD \`submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`fact_checks_review_state_idx\` ON \`fact_checks\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`fact_checks_submitted_by_idx\` ON \`fact_checks\` (\`submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`fact_checks\` SET \`review_state\` = 'submitted' WHERE \`submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`fact_checks\` DROP COLUMN \`submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_fact_checks_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_fact_checks_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_checks_v\` ADD \`version_submitted_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_fact_checks_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_review_state_idx\` ON \`_fact_checks_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_submitted_by_idx\` ON \`_fact_checks_v\` (\`version_submitted_by_id\`);`)
  // A document that was ticked for review waits for review in the new flow.
  await db.run(sql`UPDATE \`_fact_checks_v\` SET \`version_review_state\` = 'submitted' WHERE \`version_submitted_for_review\` = 1;`)
  await db.run(sql`ALTER TABLE \`_fact_checks_v\` DROP COLUMN \`version_submitted_for_review\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`actor_name\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_elections\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`region_id\` text(36),
  	\`office\` text,
  	\`voting_date\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`status_source\` text,
  	\`polling_stations\` numeric,
  	\`polling_stations_source\` text,
  	\`candidate_count\` numeric DEFAULT 0,
  	\`single_candidate\` integer DEFAULT false,
  	\`submitted_for_review\` integer DEFAULT false,
  	\`last_edited_by_id\` text(36),
  	\`published_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_elections\`("id", "title", "region_id", "office", "voting_date", "status", "status_source", "polling_stations", "polling_stations_source", "candidate_count", "single_candidate", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "region_id", "office", "voting_date", "status", "status_source", "polling_stations", "polling_stations_source", "candidate_count", "single_candidate", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`elections\`;`)
  await db.run(sql`DROP TABLE \`elections\`;`)
  await db.run(sql`ALTER TABLE \`__new_elections\` RENAME TO \`elections\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`elections_title_idx\` ON \`elections\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`elections_region_idx\` ON \`elections\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`elections_office_idx\` ON \`elections\` (\`office\`);`)
  await db.run(sql`CREATE INDEX \`elections_status_idx\` ON \`elections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`elections_last_edited_by_idx\` ON \`elections\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`elections_published_by_idx\` ON \`elections\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`elections_updated_at_idx\` ON \`elections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`elections_created_at_idx\` ON \`elections\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`elections__status_idx\` ON \`elections\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__elections_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_region_id\` text(36),
  	\`version_office\` text,
  	\`version_voting_date\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_status_source\` text,
  	\`version_polling_stations\` numeric,
  	\`version_polling_stations_source\` text,
  	\`version_candidate_count\` numeric DEFAULT 0,
  	\`version_single_candidate\` integer DEFAULT false,
  	\`version_submitted_for_review\` integer DEFAULT false,
  	\`version_last_edited_by_id\` text(36),
  	\`version_published_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`elections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__elections_v\`("id", "parent_id", "version_title", "version_region_id", "version_office", "version_voting_date", "version_status", "version_status_source", "version_polling_stations", "version_polling_stations_source", "version_candidate_count", "version_single_candidate", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_region_id", "version_office", "version_voting_date", "version_status", "version_status_source", "version_polling_stations", "version_polling_stations_source", "version_candidate_count", "version_single_candidate", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_elections_v\`;`)
  await db.run(sql`DROP TABLE \`_elections_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__elections_v\` RENAME TO \`_elections_v\`;`)
  await db.run(sql`CREATE INDEX \`_elections_v_parent_idx\` ON \`_elections_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_title_idx\` ON \`_elections_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_region_idx\` ON \`_elections_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_office_idx\` ON \`_elections_v\` (\`version_office\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_status_idx\` ON \`_elections_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_last_edited_by_idx\` ON \`_elections_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_published_by_idx\` ON \`_elections_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_updated_at_idx\` ON \`_elections_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_created_at_idx\` ON \`_elections_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version__status_idx\` ON \`_elections_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_created_at_idx\` ON \`_elections_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_updated_at_idx\` ON \`_elections_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_snapshot_idx\` ON \`_elections_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_published_locale_idx\` ON \`_elections_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_latest_idx\` ON \`_elections_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_candidates\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`election_id\` text(36),
  	\`region_id\` text(36),
  	\`ballot_number\` numeric,
  	\`head_name\` text,
  	\`deputy_name\` text,
  	\`photo_id\` text(36),
  	\`nomination\` text DEFAULT 'parties',
  	\`status\` text DEFAULT 'confirmed',
  	\`source\` text,
  	\`submitted_for_review\` integer DEFAULT false,
  	\`last_edited_by_id\` text(36),
  	\`published_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`election_id\`) REFERENCES \`elections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_candidates\`("id", "title", "election_id", "region_id", "ballot_number", "head_name", "deputy_name", "photo_id", "nomination", "status", "source", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "election_id", "region_id", "ballot_number", "head_name", "deputy_name", "photo_id", "nomination", "status", "source", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`candidates\`;`)
  await db.run(sql`DROP TABLE \`candidates\`;`)
  await db.run(sql`ALTER TABLE \`__new_candidates\` RENAME TO \`candidates\`;`)
  await db.run(sql`CREATE INDEX \`candidates_election_idx\` ON \`candidates\` (\`election_id\`);`)
  await db.run(sql`CREATE INDEX \`candidates_region_idx\` ON \`candidates\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`candidates_ballot_number_idx\` ON \`candidates\` (\`ballot_number\`);`)
  await db.run(sql`CREATE INDEX \`candidates_photo_idx\` ON \`candidates\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`candidates_last_edited_by_idx\` ON \`candidates\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`candidates_published_by_idx\` ON \`candidates\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`candidates_updated_at_idx\` ON \`candidates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`candidates_created_at_idx\` ON \`candidates\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`candidates__status_idx\` ON \`candidates\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__candidates_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_election_id\` text(36),
  	\`version_region_id\` text(36),
  	\`version_ballot_number\` numeric,
  	\`version_head_name\` text,
  	\`version_deputy_name\` text,
  	\`version_photo_id\` text(36),
  	\`version_nomination\` text DEFAULT 'parties',
  	\`version_status\` text DEFAULT 'confirmed',
  	\`version_source\` text,
  	\`version_submitted_for_review\` integer DEFAULT false,
  	\`version_last_edited_by_id\` text(36),
  	\`version_published_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`candidates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_election_id\`) REFERENCES \`elections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__candidates_v\`("id", "parent_id", "version_title", "version_election_id", "version_region_id", "version_ballot_number", "version_head_name", "version_deputy_name", "version_photo_id", "version_nomination", "version_status", "version_source", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_election_id", "version_region_id", "version_ballot_number", "version_head_name", "version_deputy_name", "version_photo_id", "version_nomination", "version_status", "version_source", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_candidates_v\`;`)
  await db.run(sql`DROP TABLE \`_candidates_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__candidates_v\` RENAME TO \`_candidates_v\`;`)
  await db.run(sql`CREATE INDEX \`_candidates_v_parent_idx\` ON \`_candidates_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_election_idx\` ON \`_candidates_v\` (\`version_election_id\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_region_idx\` ON \`_candidates_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_ballot_number_idx\` ON \`_candidates_v\` (\`version_ballot_number\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_photo_idx\` ON \`_candidates_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_last_edited_by_idx\` ON \`_candidates_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_published_by_idx\` ON \`_candidates_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_updated_at_idx\` ON \`_candidates_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_created_at_idx\` ON \`_candidates_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version__status_idx\` ON \`_candidates_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_created_at_idx\` ON \`_candidates_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_updated_at_idx\` ON \`_candidates_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_snapshot_idx\` ON \`_candidates_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_published_locale_idx\` ON \`_candidates_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_latest_idx\` ON \`_candidates_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_stages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`start\` text,
  	\`end\` text,
  	\`scope\` text DEFAULT 'national',
  	\`region_id\` text(36),
  	\`source\` text,
  	\`submitted_for_review\` integer DEFAULT false,
  	\`last_edited_by_id\` text(36),
  	\`published_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stages\`("id", "key", "start", "end", "scope", "region_id", "source", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "key", "start", "end", "scope", "region_id", "source", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`stages\`;`)
  await db.run(sql`DROP TABLE \`stages\`;`)
  await db.run(sql`ALTER TABLE \`__new_stages\` RENAME TO \`stages\`;`)
  await db.run(sql`CREATE INDEX \`stages_key_idx\` ON \`stages\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`stages_start_idx\` ON \`stages\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`stages_region_idx\` ON \`stages\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`stages_last_edited_by_idx\` ON \`stages\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stages_published_by_idx\` ON \`stages\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stages_updated_at_idx\` ON \`stages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stages_created_at_idx\` ON \`stages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stages__status_idx\` ON \`stages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__stages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_key\` text,
  	\`version_start\` text,
  	\`version_end\` text,
  	\`version_scope\` text DEFAULT 'national',
  	\`version_region_id\` text(36),
  	\`version_source\` text,
  	\`version_submitted_for_review\` integer DEFAULT false,
  	\`version_last_edited_by_id\` text(36),
  	\`version_published_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__stages_v\`("id", "parent_id", "version_key", "version_start", "version_end", "version_scope", "version_region_id", "version_source", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_key", "version_start", "version_end", "version_scope", "version_region_id", "version_source", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_stages_v\`;`)
  await db.run(sql`DROP TABLE \`_stages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__stages_v\` RENAME TO \`_stages_v\`;`)
  await db.run(sql`CREATE INDEX \`_stages_v_parent_idx\` ON \`_stages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_key_idx\` ON \`_stages_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_start_idx\` ON \`_stages_v\` (\`version_start\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_region_idx\` ON \`_stages_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_last_edited_by_idx\` ON \`_stages_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_published_by_idx\` ON \`_stages_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_updated_at_idx\` ON \`_stages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_created_at_idx\` ON \`_stages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version__status_idx\` ON \`_stages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_created_at_idx\` ON \`_stages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_updated_at_idx\` ON \`_stages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_snapshot_idx\` ON \`_stages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_published_locale_idx\` ON \`_stages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_latest_idx\` ON \`_stages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_guides\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`topic\` text DEFAULT 'general',
  	\`authority\` text DEFAULT 'kpu',
  	\`order\` numeric DEFAULT 100,
  	\`source\` text,
  	\`submitted_for_review\` integer DEFAULT false,
  	\`last_edited_by_id\` text(36),
  	\`published_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_guides\`("id", "slug", "topic", "authority", "order", "source", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "topic", "authority", "order", "source", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`guides\`;`)
  await db.run(sql`DROP TABLE \`guides\`;`)
  await db.run(sql`ALTER TABLE \`__new_guides\` RENAME TO \`guides\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_slug_idx\` ON \`guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guides_topic_idx\` ON \`guides\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`guides_authority_idx\` ON \`guides\` (\`authority\`);`)
  await db.run(sql`CREATE INDEX \`guides_last_edited_by_idx\` ON \`guides\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_published_by_idx\` ON \`guides\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_updated_at_idx\` ON \`guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_created_at_idx\` ON \`guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__guides_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_topic\` text DEFAULT 'general',
  	\`version_authority\` text DEFAULT 'kpu',
  	\`version_order\` numeric DEFAULT 100,
  	\`version_source\` text,
  	\`version_submitted_for_review\` integer DEFAULT false,
  	\`version_last_edited_by_id\` text(36),
  	\`version_published_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__guides_v\`("id", "parent_id", "version_slug", "version_topic", "version_authority", "version_order", "version_source", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_topic", "version_authority", "version_order", "version_source", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__guides_v\` RENAME TO \`_guides_v\`;`)
  await db.run(sql`CREATE INDEX \`_guides_v_parent_idx\` ON \`_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_slug_idx\` ON \`_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_topic_idx\` ON \`_guides_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_authority_idx\` ON \`_guides_v\` (\`version_authority\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_last_edited_by_idx\` ON \`_guides_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_published_by_idx\` ON \`_guides_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_updated_at_idx\` ON \`_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_created_at_idx\` ON \`_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_created_at_idx\` ON \`_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_updated_at_idx\` ON \`_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_snapshot_idx\` ON \`_guides_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_published_locale_idx\` ON \`_guides_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_latest_idx\` ON \`_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_faqs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`topic\` text DEFAULT 'general',
  	\`authority\` text DEFAULT 'kpu',
  	\`order\` numeric DEFAULT 100,
  	\`source\` text,
  	\`submitted_for_review\` integer DEFAULT false,
  	\`last_edited_by_id\` text(36),
  	\`published_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_faqs\`("id", "topic", "authority", "order", "source", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "topic", "authority", "order", "source", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`ALTER TABLE \`__new_faqs\` RENAME TO \`faqs\`;`)
  await db.run(sql`CREATE INDEX \`faqs_topic_idx\` ON \`faqs\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`faqs_authority_idx\` ON \`faqs\` (\`authority\`);`)
  await db.run(sql`CREATE INDEX \`faqs_last_edited_by_idx\` ON \`faqs\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_published_by_idx\` ON \`faqs\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__faqs_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_topic\` text DEFAULT 'general',
  	\`version_authority\` text DEFAULT 'kpu',
  	\`version_order\` numeric DEFAULT 100,
  	\`version_source\` text,
  	\`version_submitted_for_review\` integer DEFAULT false,
  	\`version_last_edited_by_id\` text(36),
  	\`version_published_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__faqs_v\`("id", "parent_id", "version_topic", "version_authority", "version_order", "version_source", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_topic", "version_authority", "version_order", "version_source", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__faqs_v\` RENAME TO \`_faqs_v\`;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_topic_idx\` ON \`_faqs_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_authority_idx\` ON \`_faqs_v\` (\`version_authority\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_last_edited_by_idx\` ON \`_faqs_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_published_by_idx\` ON \`_faqs_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_snapshot_idx\` ON \`_faqs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_published_locale_idx\` ON \`_faqs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_fact_checks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`verdict\` text,
  	\`sources\` text,
  	\`authority\` text DEFAULT 'kpu',
  	\`date\` text,
  	\`submitted_for_review\` integer DEFAULT false,
  	\`last_edited_by_id\` text(36),
  	\`published_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_fact_checks\`("id", "verdict", "sources", "authority", "date", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status") SELECT "id", "verdict", "sources", "authority", "date", "submitted_for_review", "last_edited_by_id", "published_by_id", "updated_at", "created_at", "_status" FROM \`fact_checks\`;`)
  await db.run(sql`DROP TABLE \`fact_checks\`;`)
  await db.run(sql`ALTER TABLE \`__new_fact_checks\` RENAME TO \`fact_checks\`;`)
  await db.run(sql`CREATE INDEX \`fact_checks_authority_idx\` ON \`fact_checks\` (\`authority\`);`)
  await db.run(sql`CREATE INDEX \`fact_checks_last_edited_by_idx\` ON \`fact_checks\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_checks_published_by_idx\` ON \`fact_checks\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_checks_updated_at_idx\` ON \`fact_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fact_checks_created_at_idx\` ON \`fact_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fact_checks__status_idx\` ON \`fact_checks\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__fact_checks_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_verdict\` text,
  	\`version_sources\` text,
  	\`version_authority\` text DEFAULT 'kpu',
  	\`version_date\` text,
  	\`version_submitted_for_review\` integer DEFAULT false,
  	\`version_last_edited_by_id\` text(36),
  	\`version_published_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fact_checks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__fact_checks_v\`("id", "parent_id", "version_verdict", "version_sources", "version_authority", "version_date", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_verdict", "version_sources", "version_authority", "version_date", "version_submitted_for_review", "version_last_edited_by_id", "version_published_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_fact_checks_v\`;`)
  await db.run(sql`DROP TABLE \`_fact_checks_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__fact_checks_v\` RENAME TO \`_fact_checks_v\`;`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_parent_idx\` ON \`_fact_checks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_authority_idx\` ON \`_fact_checks_v\` (\`version_authority\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_last_edited_by_idx\` ON \`_fact_checks_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_published_by_idx\` ON \`_fact_checks_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_updated_at_idx\` ON \`_fact_checks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_created_at_idx\` ON \`_fact_checks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version__status_idx\` ON \`_fact_checks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_created_at_idx\` ON \`_fact_checks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_updated_at_idx\` ON \`_fact_checks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_snapshot_idx\` ON \`_fact_checks_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_published_locale_idx\` ON \`_fact_checks_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_latest_idx\` ON \`_fact_checks_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`actor_name\`;`)
}
