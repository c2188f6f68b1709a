import { Migration } from "@mikro-orm/migrations";

/**
 * Persisted operations, shared by every replica and kept across restarts: documents registered by
 * automatic persisted queries (untrusted, until `expires_at`) and documents trusted by
 * `npm run operations:trust` (TRUSTED_DOCUMENTS=only accepts these alone). Keyed by the SHA-256 of the text.
 */
export class Migration20261202011000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ipo_limits"."persisted_operation" ("sha256" char(64) primary key check ("sha256" ~ '^[0-9a-f]{64}$'), "body" text not null, "name" varchar(255) null, "trusted" boolean not null default false, "registered_at" timestamptz not null default now(), "expires_at" timestamptz null, check ("trusted" or "expires_at" is not null));`,
    );
    this.addSql(`create index "persisted_operation_expires_index" on "ipo_limits"."persisted_operation" ("expires_at") where not "trusted";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ipo_limits"."persisted_operation";`);
  }
}
