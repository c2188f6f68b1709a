import { Migration } from "@mikro-orm/migrations";

/**
 * Rate-limit counters in PostgreSQL, so that every replica counts the same requests (rate-limiter-flexible's
 * table layout; unlogged: counters need not survive a crash). And the list editors review submissions in:
 * every experiment that came in through `submitInitiative`, whatever became of it, so that the `submissions`
 * query reads a view like every other read, not the table.
 */
export class Migration20261201120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "ipo_limits";`);
    this.addSql(`create unlogged table "ipo_limits"."rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
    this.addSql(`create index "rate_limit_expire_index" on "ipo_limits"."rate_limit" ("expire");`);
    this.addSql(
      `create view "ipo_editor"."submitted_experiment" as select t.* from "public"."experiment" t where t."state" in ('SUBMITTED', 'PUBLISHED', 'REJECTED') and exists (select 1 from "public"."submission" s where s."experiment_pk" = t."pk");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "ipo_editor"."submitted_experiment";`);
    this.addSql(`drop schema if exists "ipo_limits" cascade;`);
  }
}
