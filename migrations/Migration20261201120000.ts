import { Migration } from "@mikro-orm/migrations";

/**
 * Rate-limit counters in PostgreSQL, so that every replica counts the same requests (rate-limiter-flexible's
 * table layout; unlogged: counters need not survive a crash). And the list editors review submissions in:
 * every experiment that came in through `submitInitiative`, whatever became of it, with the institutions and
 * specialties it came with, so that the `submissions` query and `Submission.institutions` read views like
 * every other read, not the tables: a rejected initiative is in no other read, but its reviewers see it whole.
 */
export class Migration20261201120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "ipo_limits";`);
    this.addSql(`create unlogged table "ipo_limits"."rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
    this.addSql(`create index "rate_limit_expire_index" on "ipo_limits"."rate_limit" ("expire");`);
    this.addSql(
      `create view "ipo_editor"."submitted_experiment" as select t.* from "public"."experiment" t where t."state" in ('SUBMITTED', 'PUBLISHED', 'REJECTED') and exists (select 1 from "public"."submission" s where s."experiment_pk" = t."pk");`,
    );
    // what came with a submission, whatever became of it: its institutions and specialties that editors can see
    this.addSql(
      `create view "ipo_editor"."submitted_experiment_institution" as select t.* from "public"."experiment_institution" t where exists (select 1 from "ipo_editor"."submitted_experiment" e where e."pk" = t."experiment_pk") and exists (select 1 from "ipo_editor"."institution" v where v."pk" = t."institution_pk");`,
    );
    this.addSql(
      `create view "ipo_editor"."submitted_experiment_specialty" as select t.* from "public"."experiment_specialty" t where exists (select 1 from "ipo_editor"."submitted_experiment" e where e."pk" = t."experiment_pk") and exists (select 1 from "ipo_editor"."specialty" v where v."pk" = t."specialty_pk");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "ipo_editor"."submitted_experiment_specialty";`);
    this.addSql(`drop view if exists "ipo_editor"."submitted_experiment_institution";`);
    this.addSql(`drop view if exists "ipo_editor"."submitted_experiment";`);
    this.addSql(`drop schema if exists "ipo_limits" cascade;`);
  }
}
