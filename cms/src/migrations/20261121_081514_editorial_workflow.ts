import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_regions_id_idx\` ON \`users_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` text(36),
  	\`actor_email\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`target_title\` text,
  	\`version_id\` text,
  	\`reason\` text,
  	\`authority\` text NOT NULL,
  	\`details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_id_idx\` ON \`audit_log\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_authority_idx\` ON \`audit_log\` (\`authority\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`elections\` ADD \`submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`elections\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`elections\` ADD \`published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`elections_last_edited_by_idx\` ON \`elections\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`elections_published_by_idx\` ON \`elections\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_elections_v\` ADD \`version_submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_elections_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_elections_v\` ADD \`version_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_last_edited_by_idx\` ON \`_elections_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_published_by_idx\` ON \`_elections_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`candidates\` ADD \`region_id\` text(36) REFERENCES regions(id);`)
  await db.run(sql`ALTER TABLE \`candidates\` ADD \`submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`candidates\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`candidates\` ADD \`published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`candidates_region_idx\` ON \`candidates\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`candidates_last_edited_by_idx\` ON \`candidates\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`candidates_published_by_idx\` ON \`candidates\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_candidates_v\` ADD \`version_region_id\` text(36) REFERENCES regions(id);`)
  await db.run(sql`ALTER TABLE \`_candidates_v\` ADD \`version_submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_candidates_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_candidates_v\` ADD \`version_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_region_idx\` ON \`_candidates_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_last_edited_by_idx\` ON \`_candidates_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_published_by_idx\` ON \`_candidates_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`stages\` ADD \`submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`stages\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`stages\` ADD \`published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`stages_last_edited_by_idx\` ON \`stages\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stages_published_by_idx\` ON \`stages\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_stages_v\` ADD \`version_submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_stages_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_stages_v\` ADD \`version_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_last_edited_by_idx\` ON \`_stages_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_published_by_idx\` ON \`_stages_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`guides_last_edited_by_idx\` ON \`guides\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_published_by_idx\` ON \`guides\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_last_edited_by_idx\` ON \`_guides_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_published_by_idx\` ON \`_guides_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`faqs_last_edited_by_idx\` ON \`faqs\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_published_by_idx\` ON \`faqs\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_last_edited_by_idx\` ON \`_faqs_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_published_by_idx\` ON \`_faqs_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`fact_checks\` ADD \`submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`fact_checks\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`fact_checks\` ADD \`published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`fact_checks_last_edited_by_idx\` ON \`fact_checks\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_checks_published_by_idx\` ON \`fact_checks\` (\`published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_fact_checks_v\` ADD \`version_submitted_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_fact_checks_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_fact_checks_v\` ADD \`version_published_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_last_edited_by_idx\` ON \`_fact_checks_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_published_by_idx\` ON \`_fact_checks_v\` (\`version_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`authority\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`uploaded_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`media_authority_idx\` ON \`media\` (\`authority\`);`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`scope\` text DEFAULT 'national' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` text(36) REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_last_edited_by_idx\` ON \`site_settings\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_last_edited_by_idx\` ON \`_site_settings_v\` (\`version_last_edited_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_elections\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`region_id\` text(36),
  	\`office\` text,
  	\`voting_date\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`status_source\` text,
  	\`candidate_count\` numeric DEFAULT 0,
  	\`single_candidate\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_elections\`("id", "title", "region_id", "office", "voting_date", "status", "status_source", "candidate_count", "single_candidate", "updated_at", "created_at", "_status") SELECT "id", "title", "region_id", "office", "voting_date", "status", "status_source", "candidate_count", "single_candidate", "updated_at", "created_at", "_status" FROM \`elections\`;`)
  await db.run(sql`DROP TABLE \`elections\`;`)
  await db.run(sql`ALTER TABLE \`__new_elections\` RENAME TO \`elections\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`elections_title_idx\` ON \`elections\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`elections_region_idx\` ON \`elections\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`elections_office_idx\` ON \`elections\` (\`office\`);`)
  await db.run(sql`CREATE INDEX \`elections_status_idx\` ON \`elections\` (\`status\`);`)
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
  	\`version_candidate_count\` numeric DEFAULT 0,
  	\`version_single_candidate\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`elections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__elections_v\`("id", "parent_id", "version_title", "version_region_id", "version_office", "version_voting_date", "version_status", "version_status_source", "version_candidate_count", "version_single_candidate", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_region_id", "version_office", "version_voting_date", "version_status", "version_status_source", "version_candidate_count", "version_single_candidate", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_elections_v\`;`)
  await db.run(sql`DROP TABLE \`_elections_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__elections_v\` RENAME TO \`_elections_v\`;`)
  await db.run(sql`CREATE INDEX \`_elections_v_parent_idx\` ON \`_elections_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_title_idx\` ON \`_elections_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_region_idx\` ON \`_elections_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_office_idx\` ON \`_elections_v\` (\`version_office\`);`)
  await db.run(sql`CREATE INDEX \`_elections_v_version_version_status_idx\` ON \`_elections_v\` (\`version_status\`);`)
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
  	\`ballot_number\` numeric,
  	\`head_name\` text,
  	\`deputy_name\` text,
  	\`photo_id\` text(36),
  	\`nomination\` text DEFAULT 'parties',
  	\`status\` text DEFAULT 'confirmed',
  	\`source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`election_id\`) REFERENCES \`elections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_candidates\`("id", "title", "election_id", "ballot_number", "head_name", "deputy_name", "photo_id", "nomination", "status", "source", "updated_at", "created_at", "_status") SELECT "id", "title", "election_id", "ballot_number", "head_name", "deputy_name", "photo_id", "nomination", "status", "source", "updated_at", "created_at", "_status" FROM \`candidates\`;`)
  await db.run(sql`DROP TABLE \`candidates\`;`)
  await db.run(sql`ALTER TABLE \`__new_candidates\` RENAME TO \`candidates\`;`)
  await db.run(sql`CREATE INDEX \`candidates_election_idx\` ON \`candidates\` (\`election_id\`);`)
  await db.run(sql`CREATE INDEX \`candidates_ballot_number_idx\` ON \`candidates\` (\`ballot_number\`);`)
  await db.run(sql`CREATE INDEX \`candidates_photo_idx\` ON \`candidates\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`candidates_updated_at_idx\` ON \`candidates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`candidates_created_at_idx\` ON \`candidates\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`candidates__status_idx\` ON \`candidates\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__candidates_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_election_id\` text(36),
  	\`version_ballot_number\` numeric,
  	\`version_head_name\` text,
  	\`version_deputy_name\` text,
  	\`version_photo_id\` text(36),
  	\`version_nomination\` text DEFAULT 'parties',
  	\`version_status\` text DEFAULT 'confirmed',
  	\`version_source\` text,
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
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__candidates_v\`("id", "parent_id", "version_title", "version_election_id", "version_ballot_number", "version_head_name", "version_deputy_name", "version_photo_id", "version_nomination", "version_status", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_election_id", "version_ballot_number", "version_head_name", "version_deputy_name", "version_photo_id", "version_nomination", "version_status", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_candidates_v\`;`)
  await db.run(sql`DROP TABLE \`_candidates_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__candidates_v\` RENAME TO \`_candidates_v\`;`)
  await db.run(sql`CREATE INDEX \`_candidates_v_parent_idx\` ON \`_candidates_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_election_idx\` ON \`_candidates_v\` (\`version_election_id\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_ballot_number_idx\` ON \`_candidates_v\` (\`version_ballot_number\`);`)
  await db.run(sql`CREATE INDEX \`_candidates_v_version_version_photo_idx\` ON \`_candidates_v\` (\`version_photo_id\`);`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stages\`("id", "key", "start", "end", "scope", "region_id", "source", "updated_at", "created_at", "_status") SELECT "id", "key", "start", "end", "scope", "region_id", "source", "updated_at", "created_at", "_status" FROM \`stages\`;`)
  await db.run(sql`DROP TABLE \`stages\`;`)
  await db.run(sql`ALTER TABLE \`__new_stages\` RENAME TO \`stages\`;`)
  await db.run(sql`CREATE INDEX \`stages_key_idx\` ON \`stages\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`stages_start_idx\` ON \`stages\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`stages_region_idx\` ON \`stages\` (\`region_id\`);`)
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__stages_v\`("id", "parent_id", "version_key", "version_start", "version_end", "version_scope", "version_region_id", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_key", "version_start", "version_end", "version_scope", "version_region_id", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_stages_v\`;`)
  await db.run(sql`DROP TABLE \`_stages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__stages_v\` RENAME TO \`_stages_v\`;`)
  await db.run(sql`CREATE INDEX \`_stages_v_parent_idx\` ON \`_stages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_key_idx\` ON \`_stages_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_start_idx\` ON \`_stages_v\` (\`version_start\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_region_idx\` ON \`_stages_v\` (\`version_region_id\`);`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_guides\`("id", "slug", "topic", "authority", "order", "source", "updated_at", "created_at", "_status") SELECT "id", "slug", "topic", "authority", "order", "source", "updated_at", "created_at", "_status" FROM \`guides\`;`)
  await db.run(sql`DROP TABLE \`guides\`;`)
  await db.run(sql`ALTER TABLE \`__new_guides\` RENAME TO \`guides\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_slug_idx\` ON \`guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guides_topic_idx\` ON \`guides\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`guides_authority_idx\` ON \`guides\` (\`authority\`);`)
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__guides_v\`("id", "parent_id", "version_slug", "version_topic", "version_authority", "version_order", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_topic", "version_authority", "version_order", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__guides_v\` RENAME TO \`_guides_v\`;`)
  await db.run(sql`CREATE INDEX \`_guides_v_parent_idx\` ON \`_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_slug_idx\` ON \`_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_topic_idx\` ON \`_guides_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_authority_idx\` ON \`_guides_v\` (\`version_authority\`);`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_faqs\`("id", "topic", "authority", "order", "source", "updated_at", "created_at", "_status") SELECT "id", "topic", "authority", "order", "source", "updated_at", "created_at", "_status" FROM \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`ALTER TABLE \`__new_faqs\` RENAME TO \`faqs\`;`)
  await db.run(sql`CREATE INDEX \`faqs_topic_idx\` ON \`faqs\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`faqs_authority_idx\` ON \`faqs\` (\`authority\`);`)
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__faqs_v\`("id", "parent_id", "version_topic", "version_authority", "version_order", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_topic", "version_authority", "version_order", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__faqs_v\` RENAME TO \`_faqs_v\`;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_topic_idx\` ON \`_faqs_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_authority_idx\` ON \`_faqs_v\` (\`version_authority\`);`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_fact_checks\`("id", "verdict", "sources", "authority", "date", "updated_at", "created_at", "_status") SELECT "id", "verdict", "sources", "authority", "date", "updated_at", "created_at", "_status" FROM \`fact_checks\`;`)
  await db.run(sql`DROP TABLE \`fact_checks\`;`)
  await db.run(sql`ALTER TABLE \`__new_fact_checks\` RENAME TO \`fact_checks\`;`)
  await db.run(sql`CREATE INDEX \`fact_checks_authority_idx\` ON \`fact_checks\` (\`authority\`);`)
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fact_checks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__fact_checks_v\`("id", "parent_id", "version_verdict", "version_sources", "version_authority", "version_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_verdict", "version_sources", "version_authority", "version_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_fact_checks_v\`;`)
  await db.run(sql`DROP TABLE \`_fact_checks_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__fact_checks_v\` RENAME TO \`_fact_checks_v\`;`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_parent_idx\` ON \`_fact_checks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_authority_idx\` ON \`_fact_checks_v\` (\`version_authority\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_updated_at_idx\` ON \`_fact_checks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version_created_at_idx\` ON \`_fact_checks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_version_version__status_idx\` ON \`_fact_checks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_created_at_idx\` ON \`_fact_checks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_updated_at_idx\` ON \`_fact_checks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_snapshot_idx\` ON \`_fact_checks_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_published_locale_idx\` ON \`_fact_checks_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_fact_checks_v_latest_idx\` ON \`_fact_checks_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_small_url\` text,
  	\`sizes_small_width\` numeric,
  	\`sizes_small_height\` numeric,
  	\`sizes_small_mime_type\` text,
  	\`sizes_small_filesize\` numeric,
  	\`sizes_small_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_small_url", "sizes_small_width", "sizes_small_height", "sizes_small_mime_type", "sizes_small_filesize", "sizes_small_filename", "sizes_medium_url", "sizes_medium_width", "sizes_medium_height", "sizes_medium_mime_type", "sizes_medium_filesize", "sizes_medium_filename") SELECT "id", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_small_url", "sizes_small_width", "sizes_small_height", "sizes_small_mime_type", "sizes_small_filesize", "sizes_small_filename", "sizes_medium_url", "sizes_medium_width", "sizes_medium_height", "sizes_medium_mime_type", "sizes_medium_filesize", "sizes_medium_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_small_sizes_small_filename_idx\` ON \`media\` (\`sizes_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_sizes_medium_filename_idx\` ON \`media\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` text(36),
  	\`elections_id\` text(36),
  	\`candidates_id\` text(36),
  	\`stages_id\` text(36),
  	\`guides_id\` text(36),
  	\`faqs_id\` text(36),
  	\`fact_checks_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`elections_id\`) REFERENCES \`elections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`candidates_id\`) REFERENCES \`candidates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_checks_id\`) REFERENCES \`fact_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "regions_id", "elections_id", "candidates_id", "stages_id", "guides_id", "faqs_id", "fact_checks_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "regions_id", "elections_id", "candidates_id", "stages_id", "guides_id", "faqs_id", "fact_checks_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_elections_id_idx\` ON \`payload_locked_documents_rels\` (\`elections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_candidates_id_idx\` ON \`payload_locked_documents_rels\` (\`candidates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fact_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`fact_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`voting_day\` text,
  	\`voting_source\` text,
  	\`notice_active\` integer DEFAULT false,
  	\`notice_level\` text DEFAULT 'warning',
  	\`notice_source\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "voting_day", "voting_source", "notice_active", "notice_level", "notice_source", "_status", "updated_at", "created_at") SELECT "id", "voting_day", "voting_source", "notice_active", "notice_level", "notice_source", "_status", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
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
  	\`latest\` integer
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_voting_day", "version_voting_source", "version_notice_active", "version_notice_level", "version_notice_source", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "version_voting_day", "version_voting_source", "version_notice_active", "version_notice_level", "version_notice_source", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version__status_idx\` ON \`_site_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_snapshot_idx\` ON \`_site_settings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_published_locale_idx\` ON \`_site_settings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_latest_idx\` ON \`_site_settings_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`scope\`;`)
}
