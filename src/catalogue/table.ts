import type { EntityClass } from "./catalogue.types";
import type { EntityMetadata, MetadataStorage } from "@mikro-orm/core";
import type { Knex } from "@mikro-orm/knex";
import type { OrderDeclaration } from "./catalogue.types";
import { type NodeTypeName } from "./node-types";

export type Row = Record<string, any>;

/** One persisted column as the read side sees it: where it is, what the row calls it, how a cursor carries it. */
export interface Column {
  property: string;
  column: string;
  /** Key in a row: the property, or `<relation>Pk` for a foreign key. */
  alias: string;
  /** Read as text (dates), so rows hold what GraphQL serves. */
  asText: boolean;
  /** Read whatever the request asks for: the key, the slug (lookups by slug), order columns (cursors are made of them). */
  always: boolean;
  nullable: boolean;
  /** How a value of it is checked and cast when a cursor brings it back. */
  kind: "integer" | "text";
}

/** One column of a list's order. */
export interface OrderColumn {
  column: Column;
  descending: boolean;
  nullsLast: boolean;
}

/** How to read one table as plain rows: its columns under their property names, foreign keys as `<relation>Pk`. */
export interface Table {
  name: string;
  entity: EntityClass;
  typename: NodeTypeName | undefined;
  /** The GraphQL object type its rows are served as: the node type, or the edge type (TypeGraphQL names it after the entity). */
  objectType: string;
  columns: readonly Column[];
  /** The default order of its lists (the catalogue's first order), ended by the primary key, and its name. */
  order: readonly OrderColumn[];
  orderName: string;
  /** Every named order of its lists (catalogue), resolved to columns. */
  orders: Readonly<Record<string, readonly OrderColumn[]>>;
  /**
   * Select items `"alias"."column" as "prefixProperty"` for every persisted column, or, given the fields a
   * request asks for, only those plus the columns read always.
   */
  select(knex: Knex, alias: string, prefix?: string, fields?: ReadonlySet<string>): Knex.Raw[];
  /** The same as one raw fragment, for statements written as raw SQL (`select ? from ...`, bound by knex). */
  selectList(knex: Knex, alias: string, prefix?: string, fields?: ReadonlySet<string>): Knex.Raw;
  /** Turns a result row (or its `prefix`ed part) into a plain object GraphQL can serve. */
  toRow(result: Row, prefix?: string): Row;
  /** Column name of a property (for a relation: its foreign key column). */
  column(property: string): string;
  /** A column description by property. */
  describe(property: string): Column;
  /** An order (catalogue declaration) resolved to columns, ended by the primary key. */
  orderOf(declaration: OrderDeclaration): OrderColumn[];
}

/**
 * `dependencies` names, per GraphQL field that is no column of its own, the properties its resolver reads
 * (a relation field reads its foreign key): with the fields a request asks for, they decide which columns
 * a statement reads.
 */
export function describeTable(
  metadata: MetadataStorage,
  entity: EntityClass,
  typename: NodeTypeName | undefined,
  declaredOrders: Record<string, { by: OrderDeclaration }>,
  dependencies: ReadonlyMap<string, readonly string[]> = new Map(),
): Table {
  const meta: EntityMetadata = metadata.get(entity.name);
  const columns: Column[] = [];
  for (const prop of meta.props) {
    // hidden columns are bookkeeping (search vectors, visibility levels): never served
    if (prop.persist === false || prop.generated || prop.hidden) continue;
    const integer = ["integer", "int", "number", "smallint"].includes(String(prop.type).toLowerCase()) || prop.kind === "m:1";
    if (prop.kind === "scalar") {
      const always = prop.primary || prop.name === "slug";
      columns.push({
        property: prop.name,
        column: prop.fieldNames[0]!,
        alias: prop.name,
        asText: prop.type === "date",
        always,
        nullable: prop.nullable === true,
        kind: integer ? "integer" : "text",
      });
    } else if (prop.kind === "m:1") {
      columns.push({
        property: prop.name,
        column: prop.fieldNames[0]!,
        alias: `${prop.name}Pk`,
        asText: false,
        always: false,
        nullable: prop.nullable === true,
        kind: "integer",
      });
    }
  }
  const byProperty = new Map(columns.map((c) => [c.property, c]));
  const describe = (property: string) => {
    const column = byProperty.get(property);
    if (!column) throw new Error(`${entity.name} has no persisted property "${property}"`);
    return column;
  };
  const orderOf = (declaration: OrderDeclaration): OrderColumn[] => {
    const order = declaration.map((entry) => ({
      column: describe(entry.property),
      descending: entry.descending === true,
      nullsLast: entry.nullsLast === true,
    }));
    if (!declaration.some((entry) => entry.property === "pk")) order.push({ column: describe("pk"), descending: false, nullsLast: false });
    return order;
  };
  // the other way round, once: which fields need a property (a select checks it for every column)
  const neededBy = new Map<string, string[]>();
  for (const [field, properties] of dependencies)
    for (const property of properties) neededBy.set(property, [...(neededBy.get(property) ?? []), field]);
  const prefixed = new Map<string, Array<[string, string]>>();
  const prefixedKeys = (prefix: string) => {
    let keys = prefixed.get(prefix);
    if (!keys) prefixed.set(prefix, (keys = columns.map((c) => [prefix + c.alias, c.alias])));
    return keys;
  };
  const orders = Object.fromEntries(Object.entries(declaredOrders).map(([name, { by }]) => [name, orderOf(by)]));
  const orderName = Object.keys(orders)[0]!;
  const order = orders[orderName]!;
  // order columns are read always: cursors are made of them
  for (const { column } of Object.values(orders).flat()) column.always = true;
  return {
    name: meta.tableName,
    entity,
    typename,
    objectType: typename ?? entity.name,
    columns,
    order,
    orderName,
    orders,
    select: (knex, alias, prefix = "", fields) =>
      columns
        .filter(
          (c) => !fields || c.always || fields.has(c.property) || (neededBy.get(c.property)?.some((field) => fields.has(field)) ?? false),
        )
        .map((c) => knex.raw(c.asText ? "??::text as ??" : "?? as ??", [`${alias}.${c.column}`, `${prefix}${c.alias}`])),
    selectList(knex, alias, prefix = "", fields) {
      const items = this.select(knex, alias, prefix, fields);
      return knex.raw(items.map(() => "?").join(", "), items);
    },
    toRow(result, prefix = "") {
      // unprefixed results already have the property names as keys: reuse the object instead of copying it
      const row: Row = prefix ? {} : result;
      if (prefix) {
        for (const [key, alias] of prefixedKeys(prefix)) {
          const value = result[key];
          if (value !== undefined) row[alias] = value;
        }
      }
      if (typename) row.__typename = typename;
      return row;
    },
    column: (property) => describe(property).column,
    describe,
    orderOf,
  };
}
