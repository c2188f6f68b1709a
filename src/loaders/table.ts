import type { EntityMetadata, MetadataStorage } from "@mikro-orm/core";
import type { NodeTypeName } from "../relay/global-id";
import { toGlobalId } from "../relay/global-id";
import type { Row } from "./sql-runner";

export type EntityClass = abstract new (...args: any[]) => object;

/** How to read one table as plain rows: its columns under their property names, foreign keys as `<relation>Pk`. */
export interface Table {
  name: string;
  entity: EntityClass;
  typename: NodeTypeName | undefined;
  /**
   * `"alias"."column" as "prefixProperty"` for every persisted column, or, given the fields a request
   * asks for, only those plus the key, the slug and the foreign keys that relations resolve through.
   */
  select(alias: string, prefix?: string, fields?: ReadonlySet<string>): string;
  /** Turns a result row (or its `prefix`ed part) into a plain object GraphQL can serve. */
  toRow(result: Row, prefix?: string): Row;
  /** Column name of a property (for a relation: its foreign key column). */
  column(property: string): string;
  /** ORDER BY used for lists of this table when the caller gives none. */
  defaultOrder(alias: string): string;
}

const DEFAULT_ORDER: Record<string, (alias: string) => string> = {
  Experiment: (a) => `${a}."number" asc nulls last, ${a}."title" asc, ${a}."pk" asc`,
  LearningActivity: (a) => `${a}."sequence" asc nulls last, ${a}."pk" asc`,
  Institution: (a) => `${a}."name" asc, ${a}."pk" asc`,
  Person: (a) => `${a}."name" asc, ${a}."pk" asc`,
  Region: (a) => `${a}."name" asc, ${a}."pk" asc`,
  Specialty: (a) => `${a}."name" asc, ${a}."pk" asc`,
  Programme: (a) => `${a}."name" asc, ${a}."pk" asc`,
};

export function describeTable(metadata: MetadataStorage, entity: EntityClass, typename?: NodeTypeName): Table {
  const meta: EntityMetadata = metadata.get(entity.name);
  const columns: Array<{ property: string; column: string; alias: string; cast: string; always: boolean }> = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.generated) continue;
    if (prop.kind === "scalar") {
      // keys, slugs and enums are always read: resolvers filter lists by enums (factors by kind) whether or not they are asked for
      const always = prop.primary || prop.name === "slug" || prop.enum === true;
      columns.push({ property: prop.name, column: prop.fieldNames[0], alias: prop.name, cast: prop.type === "date" ? "::text" : "", always });
    } else if (prop.kind === "m:1") {
      columns.push({ property: prop.name, column: prop.fieldNames[0], alias: `${prop.name}Pk`, cast: "", always: true });
    }
  }
  const byProperty = new Map(columns.map((c) => [c.property, c.column]));
  return {
    name: meta.tableName,
    entity,
    typename,
    select: (alias, prefix = "", fields) =>
      columns
        .filter((c) => !fields || c.always || fields.has(c.property))
        .map((c) => `${alias}."${c.column}"${c.cast} as "${prefix}${c.alias}"`)
        .join(", "),
    toRow(result, prefix = "") {
      // unprefixed results already have the property names as keys: reuse the object instead of copying it
      const row: Row = prefix ? {} : result;
      if (prefix) {
        for (const c of columns) {
          const value = result[prefix + c.alias];
          if (value !== undefined) row[c.alias] = value;
        }
      }
      if (typename) {
        row.__typename = typename;
        row.id = toGlobalId(typename, row.pk);
      }
      return row;
    },
    column(property) {
      const column = byProperty.get(property);
      if (!column) throw new Error(`${entity.name} has no persisted property "${property}"`);
      return column;
    },
    defaultOrder: (alias) => (DEFAULT_ORDER[entity.name] ?? ((a: string) => `${a}."pk" asc`))(alias),
  };
}
