import { Migration } from '@mikro-orm/migrations';

export class Migration20261122144313 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("pk" serial primary key, "node_type" varchar(40) not null, "node_pk" int not null, "action" text check ("action" in ('CREATE', 'UPDATE')) not null, "actor_subject" varchar(200) null, "actor_role" varchar(20) not null, "at" timestamptz not null default now(), "version" int not null, "before" jsonb null, "after" jsonb not null);`);
    this.addSql(`create index "audit_event_node_type_node_pk_pk_index" on "audit_event" ("node_type", "node_pk", "pk");`);

    this.addSql(`alter table "care_transition" add column "version" int not null default 1;`);

    this.addSql(`alter table "region" add column "version" int not null default 1;`);

    this.addSql(`alter table "institution" add column "version" int not null default 1;`);

    this.addSql(`alter table "specialty" add column "version" int not null default 1;`);

    this.addSql(`alter table "person" add column "version" int not null default 1;`);

    this.addSql(`alter table "programme" add column "version" int not null default 1;`);

    this.addSql(`alter table "experiment" add column "version" int not null default 1;`);

    this.addSql(`alter table "quote" add column "version" int not null default 1;`);

    this.addSql(`alter table "learning_activity" add column "version" int not null default 1;`);

    this.addSql(`alter table "factor" add column "version" int not null default 1;`);

    this.addSql(`alter table "deliverable" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`alter table "care_transition" drop column "version";`);

    this.addSql(`alter table "deliverable" drop column "version";`);

    this.addSql(`alter table "experiment" drop column "version";`);

    this.addSql(`alter table "factor" drop column "version";`);

    this.addSql(`alter table "institution" drop column "version";`);

    this.addSql(`alter table "learning_activity" drop column "version";`);

    this.addSql(`alter table "person" drop column "version";`);

    this.addSql(`alter table "programme" drop column "version";`);

    this.addSql(`alter table "quote" drop column "version";`);

    this.addSql(`alter table "region" drop column "version";`);

    this.addSql(`alter table "specialty" drop column "version";`);
  }

}
