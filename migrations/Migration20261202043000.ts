import { Migration } from "@mikro-orm/migrations";

/**
 * Written by hand on 2026-12-02 (frozen): every write records an audit event in its transaction, so a
 * trigger on that table announces every write with NOTIFY. PostgreSQL delivers a notification only when
 * the transaction commits, to every listening session of the database: every API replica hears every
 * committed write, and none that was rolled back.
 */
export class Migration20261202043000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "public"."ipo_announce_change"() returns trigger language plpgsql as $$
begin
  perform pg_notify('ipo_graph_change', json_build_object('type', new."node_type", 'pk', new."node_pk", 'action', new."action", 'version', new."version")::text);
  return null;
end
$$;`);
    this.addSql(`create trigger "audit_event_announce_change" after insert on "public"."audit_event" for each row execute function "public"."ipo_announce_change"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_event_announce_change" on "public"."audit_event";`);
    this.addSql(`drop function if exists "public"."ipo_announce_change"();`);
  }
}
