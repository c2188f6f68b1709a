import type { Knex } from "@mikro-orm/knex";
import DataLoader from "dataloader";
import type { AggregateFunction, GroupKey } from "../catalogue/aggregate-fields";
import type { FilterableField } from "../catalogue/filterable-fields";
import type { Row, Table } from "../catalogue/table";
import type { Tables } from "../catalogue/tables";
import { StatementSlots, type CompiledStatement } from "./compiled-statement";
import { filterBindings, filterShape, filterValues, type FilterCondition } from "./node-filter";
import type { ReadSession } from "./read-session";
import { intArray } from "./sql-runner";
import { StatementCache } from "./statement-cache";
import type { ConnectionItems } from "./page";

/** The items an aggregate runs over: a root list (its table and conditions), or a relation's items per parent. */
export type AggregateSource = ConnectionItems;

/** One figure over the items: `fn` of `field` (none for `count`), over the items `filter` keeps. */
export interface Measure {
  fn: AggregateFunction;
  field?: FilterableField;
  filter?: FilterCondition;
}

/** A condition on a group's figure (`having`). */
export interface HavingCondition {
  measure: Measure;
  operator: "eq" | "gt" | "gte" | "lt" | "lte";
  value: number;
}

/** One key of the groups' order: a group key or a figure. */
export interface GroupOrder {
  key?: GroupKey;
  measure?: Measure;
  descending: boolean;
  nullsLast: boolean;
}

/** Groups of the items by `keys`, kept by `having`, in `order`, at most `first` of them. */
export interface Grouping {
  keys: GroupKey[];
  having: HavingCondition[];
  order: GroupOrder[];
  first: number;
}

/** What to compute: figures over the items, or over each group of them. Results hold `m<i>` per measure and `k<i>` per key. */
export interface AggregateRequest {
  measures: Measure[];
  grouping?: Grouping;
}

const statements = new StatementCache();
const OPERATORS = { eq: "=", gt: ">", gte: ">=", lt: "<", lte: "<=" } as const;

/** The part of a measure that decides its SQL text. */
const measureShape = (measure: Measure) => [measure.fn, measure.field?.name ?? null, measure.filter ? filterShape(measure.filter) : null];

function sourceShape(source: AggregateSource): unknown {
  if (source.kind === "list") return ["list", source.from, source.where.shape()];
  const { path, slice } = source;
  return [
    path.kind === "children"
      ? ["children", path.table.name, path.key]
      : ["edges", path.edges.name, path.from, path.to, path.source ?? null],
    Object.keys(slice.where ?? {}).sort(),
    slice.filter ? filterShape(slice.filter) : null,
  ];
}

function requestShape(request: AggregateRequest): unknown {
  const grouping = request.grouping;
  return [
    request.measures.map(measureShape),
    grouping
      ? [
          grouping.keys.map((key) => key.name),
          grouping.having.map((condition) => [measureShape(condition.measure), condition.operator]),
          grouping.order.map((order) => [
            order.key?.name ?? null,
            order.measure ? measureShape(order.measure) : null,
            order.descending,
            order.nullsLast,
          ]),
        ]
      : null,
  ];
}

/** Every value a request binds, by slot name. */
function requestValues(source: AggregateSource, request: AggregateRequest): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (source.kind === "list") source.where.values().forEach((value, index) => (values[`where${index}`] = value));
  else {
    for (const [name, value] of Object.entries(source.slice.where ?? {})) values[`filter_${name}`] = value;
    if (source.slice.filter) filterValues(source.slice.filter).forEach((value, index) => (values[`filter${index}`] = value));
  }
  const measureValues = (measure: Measure, prefix: string) =>
    measure.filter && filterValues(measure.filter).forEach((value, index) => (values[`${prefix}_${index}`] = value));
  request.measures.forEach((measure, index) => measureValues(measure, `m${index}`));
  request.grouping?.having.forEach((condition, index) => {
    measureValues(condition.measure, `h${index}`);
    values[`having${index}`] = condition.value;
  });
  request.grouping?.order.forEach((order, index) => order.measure && measureValues(order.measure, `o${index}`));
  if (request.grouping) values.first = request.grouping.first;
  return values;
}

/**
 * The figures of a list (one row), or of each parent's items of a relation (one row per parent), or their
 * groups (rows per parent, in order): one loader per source and request, so that every parent of a level is
 * answered by one statement, sent in the level's tick with the other loaders. The items are read through the
 * viewer's views, as the list reads them, so a hidden row is never counted.
 */
export function aggregateLoader(session: ReadSession, source: AggregateSource, request: AggregateRequest): DataLoader<number, Row[]> {
  const values = requestValues(source, request);
  const shape = JSON.stringify([sourceShape(source), requestShape(request)]);
  return session.loaders.memoized(`aggregate:${shape}:${JSON.stringify(values)}`, () => {
    const statement = statements.get(shape, () => compileAggregate(session.sql.knex, session.tables, source, request));
    return new DataLoader<number, Row[]>(async (parents) => {
      const rows = await session.sql.run(statement, source.kind === "list" ? values : { ...values, parents: intArray(parents) });
      const byParent = new Map<number, Row[]>(parents.map((parent) => [parent, []]));
      for (const row of rows) byParent.get(source.kind === "list" ? parents[0]! : Number(row.__parent))?.push(row);
      for (const part of byParent.values()) part.sort((a, b) => Number(a.__rank ?? 0) - Number(b.__rank ?? 0));
      return parents.map((parent) => byParent.get(parent)!);
    });
  });
}

function compileAggregate(knex: Knex, tables: Tables, source: AggregateSource, request: AggregateRequest): CompiledStatement {
  const slots = new StatementSlots();
  const item = source.kind === "relation" && source.path.kind === "edges" ? "e" : "t";
  const column = (field: FilterableField) => `${item}.${field.column}`;

  const measureSql = (measure: Measure, prefix: string): [string, unknown[]] => {
    const field = measure.field;
    const [call, identifiers]: [string, unknown[]] =
      measure.fn === "count"
        ? ["count(*)", []]
        : measure.fn === "countDistinct"
          ? ["count(distinct ??)", [column(field!)]]
          : [`${measure.fn}(??)`, [column(field!)]];
    const filter = measure.filter ? ` filter (where ${measure.filter.sql})` : "";
    const filterParams = measure.filter ? filterBindings(measure.filter, (_, index) => slots.value(`${prefix}_${index}`)) : [];
    const cast =
      measure.fn === "count" || measure.fn === "countDistinct"
        ? "::int"
        : measure.fn === "sum" || measure.fn === "avg"
          ? "::float8"
          : field!.kind === "date"
            ? "::text"
            : "::float8";
    return [`(${call}${filter})${cast}`, [...identifiers, ...filterParams]];
  };

  const grouping = request.grouping;
  const keySql = (key: GroupKey, index: number): [string, unknown[]] => {
    if (key.kind === "reference") return ["??", [`${item}.${tableOf(source).column(key.reference.key)}`]];
    if (key.kind === "each" || key.kind === "through") return ["??", [`u${index}.value`]];
    if (key.kind === "year") return ["extract(year from ??)::int", [column(key.field)]];
    return key.field.kind === "date" ? ["??::text", [column(key.field)]] : ["??", [column(key.field)]];
  };

  const inner = knex.queryBuilder();
  const selections: Knex.Raw[] = [];
  grouping?.keys.forEach((key, index) => {
    const [sql, params] = keySql(key, index);
    selections.push(knex.raw(`${sql} as ??`, [...params, `k${index}`] as Knex.RawBinding[]));
  });
  request.measures.forEach((measure, index) => {
    const [sql, params] = measureSql(measure, `m${index}`);
    selections.push(knex.raw(`${sql} as ??`, [...params, `m${index}`] as Knex.RawBinding[]));
  });
  if (grouping) {
    // the keys end every order, ascending, so that equal figures come in a stable order
    const order = [...grouping.order, ...grouping.keys.map((key): GroupOrder => ({ key, descending: false, nullsLast: true }))];
    const orderParts = order.map((entry, index): [string, unknown[]] => {
      const [sql, params] = entry.key ? keySql(entry.key, grouping.keys.indexOf(entry.key)) : measureSql(entry.measure!, `o${index}`);
      return [`${sql} ${entry.descending ? "desc" : "asc"} nulls ${entry.nullsLast ? "last" : "first"}`, params];
    });
    const orderBy = knex.raw(orderParts.map(([sql]) => sql).join(", "), orderParts.flatMap(([, params]) => params) as Knex.RawBinding[]);
    selections.push(knex.raw("row_number() over (order by ?) as ??", [orderBy, "__rank"]));
    inner.select(selections);
    if (grouping.keys.length) inner.groupByRaw(grouping.keys.map((_, index) => String(index + 1)).join(", "));
    for (const [index, condition] of grouping.having.entries()) {
      const [sql, params] = measureSql(condition.measure, `h${index}`);
      // compared as float8: a condition takes any number GraphQL's Float holds, whatever the figure's type
      inner.havingRaw(`${sql}::float8 ${OPERATORS[condition.operator]} ?::float8`, [
        ...params,
        slots.value(`having${index}`),
      ] as Knex.RawBinding[]);
    }
    inner.orderByRaw("?", [orderBy]).limit(slots.integer("first"));
  } else {
    inner.select(selections);
  }

  // the items, as the list reads them
  if (source.kind === "list") {
    inner.from({ t: source.from });
    if (source.where.conditions.length)
      inner.whereRaw(
        source.where.conditions.join(" and "),
        source.where.bindWith((_, index) => slots.value(`where${index}`)) as Knex.RawBinding[],
      );
  } else {
    const { path, slice } = source;
    if (path.kind === "children") inner.from({ t: path.table.name }).whereRaw("?? = ??", [`t.${path.table.column(path.key)}`, "p.pk"]);
    else
      inner
        .from({ e: path.source ?? path.edges.name })
        .join({ n: path.target.name }, "n.pk", `e.${path.edges.column(path.to)}`)
        .whereRaw("?? = ??", [`e.${path.edges.column(path.from)}`, "p.pk"]);
    const table = tableOf(source);
    for (const name of Object.keys(slice.where ?? {}).sort())
      inner.where(`${item}.${table.column(name)}`, slots.value(`filter_${name}`) as string);
    if (slice.filter)
      inner.whereRaw(slice.filter.sql, filterBindings(slice.filter, (_, index) => slots.value(`filter${index}`)) as Knex.RawBinding[]);
  }
  grouping?.keys.forEach((key, index) => {
    if (key.kind === "each") inner.joinRaw("left join lateral unnest(??) as ??(??) on true", [column(key.field), `u${index}`, "value"]);
    if (key.kind !== "through") return;
    // a whole list: every item's values in one pass over the links, joined; a parent's items: per item
    if (source.kind === "list")
      inner.joinRaw("left join ? as ?? on ?? = ??", [
        throughValues(knex, tables, key) as never,
        `u${index}`,
        `u${index}.item`,
        `${item}.pk`,
      ]);
    else inner.joinRaw("left join lateral ? as ?? on true", [throughValues(knex, tables, key, item) as never, `u${index}`]);
  });

  if (source.kind === "list") return slots.compile(inner);
  const outer = knex
    .select(knex.raw("?? as ??", ["p.pk", "__parent"]), "g.*")
    .fromRaw(knex.raw("unnest(?::int[]) as p(pk)", [slots.value("parents")]))
    .joinRaw("cross join lateral ? as g", [inner as never]);
  return slots.compile(outer);
}

/**
 * The different nodes an item links to through a relation (or the rows they point at), each visible to the
 * viewer, as `value`: of one item (a lateral), or of every item at once, with its `item`.
 */
function throughValues(knex: Knex, tables: Tables, key: Extract<GroupKey, { kind: "through" }>, item?: string): Knex.QueryBuilder {
  const path = key.many.path as Extract<typeof key.many.path, { kind: "edges" }>;
  const edges = tables.of(path.edge);
  const target = tables.of(path.target);
  const from = `x.${edges.column(path.from)}`;
  const values = knex.from({ x: edges.name }).join({ xn: target.name }, "xn.pk", `x.${edges.column(path.to)}`);
  if (item) values.whereRaw("?? = ??", [from, `${item}.pk`]);
  const columns = (value: string) => [...(item ? [] : [knex.raw("?? as ??", [from, "item"])]), knex.raw("?? as ??", [value, "value"])];
  if (!key.reference) return values.distinct(columns("xn.pk"));
  const referenced = tables.of(key.reference.target);
  return values.join({ xr: referenced.name }, "xr.pk", `xn.${target.column(key.reference.key)}`).distinct(columns("xr.pk"));
}

/** The table whose rows are the items. */
function tableOf(source: AggregateSource): Table {
  if (source.kind === "list") return source.table;
  return source.path.kind === "children" ? source.path.table : source.path.edges;
}

/** The alias the items are read under, which a filter on them names. */
export function itemAlias(source: AggregateSource): "t" | "e" {
  return source.kind === "relation" && source.path.kind === "edges" ? "e" : "t";
}
