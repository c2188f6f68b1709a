import { Migration } from "@mikro-orm/migrations";

export class Migration20261122145441 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "submission" ("pk" serial primary key, "experiment_pk" int not null, "submitter_name" varchar(200) not null, "submitter_email" varchar(254) not null, "submitter_organisation" varchar(200) null, "message" text null, "submitted_at" timestamptz not null default now(), "decided_at" timestamptz null, "decided_by" varchar(200) null, "rejection_reason" text null);`);
    this.addSql(`alter table "submission" add constraint "submission_experiment_pk_unique" unique ("experiment_pk");`);

    this.addSql(`alter table "submission" add constraint "submission_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check";`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check("action" in ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'LINK', 'UNLINK', 'SUBMIT', 'PUBLISH', 'REJECT'));`);

    this.addSql(`alter table "care_transition" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);

    this.addSql(`alter table "region" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);

    this.addSql(`alter table "institution" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);

    this.addSql(`alter table "specialty" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);

    this.addSql(`alter table "person" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);

    this.addSql(`alter table "programme" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);

    this.addSql(`alter table "experiment" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);

    this.addSql(`alter table "quote" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);

    this.addSql(`alter table "learning_activity" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);

    this.addSql(`alter table "factor" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);

    this.addSql(`alter table "deliverable" add column "state" text check ("state" in ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'ARCHIVED')) not null default 'PUBLISHED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "submission" cascade;`);

    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check";`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check("action" in ('CREATE', 'UPDATE'));`);

    this.addSql(`alter table "care_transition" drop column "state";`);

    this.addSql(`alter table "deliverable" drop column "state";`);

    this.addSql(`alter table "experiment" drop column "state";`);

    this.addSql(`alter table "factor" drop column "state";`);

    this.addSql(`alter table "institution" drop column "state";`);

    this.addSql(`alter table "learning_activity" drop column "state";`);

    this.addSql(`alter table "person" drop column "state";`);

    this.addSql(`alter table "programme" drop column "state";`);

    this.addSql(`alter table "quote" drop column "state";`);

    this.addSql(`alter table "region" drop column "state";`);

    this.addSql(`alter table "specialty" drop column "state";`);
  }

}
