/**
 * Every committed write to a table the reads see is announced on one channel, by a statement-level trigger
 * on each such table: writes through the API, the seed, the synthetic network, a migration, or SQL typed by
 * hand alike. PostgreSQL sends the notification once the transaction commits, to every listener, once per
 * table and transaction (it folds equal payloads). The response cache empties on it (features/response-cache).
 * `npm run migration:create` writes these triggers with the visibility triggers, so a new table gets its own.
 */
import { entities } from "../catalogue/entities";
import { entityMetadata } from "../catalogue/entity-metadata";

/** The channel, and the table written as the payload. */
export const DATA_CHANNEL = "ipo_graph_data";
export const DATA_CHANGE_TRIGGER = "ipo_data_changed";

const quoted = (name: string) => `"${name}"`;

/** The tables whose writes are announced: every table a read may see. */
export function announcedTables(): string[] {
  return entities.map((entity) => entityMetadata().get(entity.name).tableName);
}

/** The trigger function and one trigger per announced table, as DDL (rerunnable). */
export function dataChangeSql(): string[] {
  return [
    `create or replace function "public"."ipo_announce_data_change"() returns trigger language plpgsql as $$\nbegin\n  perform pg_notify('${DATA_CHANNEL}', TG_TABLE_NAME);\n  return null;\nend\n$$;`,
    ...announcedTables().map(
      (table) =>
        `create or replace trigger ${quoted(DATA_CHANGE_TRIGGER)} after insert or update or delete or truncate on "public".${quoted(table)} for each statement execute function "public"."ipo_announce_data_change"();`,
    ),
  ];
}
