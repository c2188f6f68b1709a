import type { EntityClass } from "../catalogue/catalogue.types";
import { filterableFields, type FilterableField } from "../catalogue/filterable-fields";
import { decodeGlobalId } from "../catalogue/global-id";
import { nodeTypeOf } from "../catalogue/node-types";
import { relationFields, type ManyField, type OneField } from "../catalogue/relation-fields";
import type { Tables } from "../catalogue/tables";
import { userError } from "../platform/errors";
import type { Where } from "./where";

/** Bounds on one filter, so that no filter becomes a slow statement: conditions in all, nesting of and/or/not, values in a list, a pattern's length. */
export const FILTER_BOUNDS = { maxConditions: 50, maxDepth: 5, maxListValues: 100, maxTextLength: 200 } as const;

/** The operators of a field's filter, by the kind of its values. */
export const FILTER_OPERATORS = {
  text: ["eq", "in", "notIn", "contains", "startsWith", "isNull"],
  number: ["eq", "in", "notIn", "gt", "gte", "lt", "lte", "isNull"],
  date: ["eq", "in", "notIn", "gt", "gte", "lt", "lte", "isNull"],
  boolean: ["eq", "isNull"],
  enum: ["eq", "in", "notIn", "isNull"],
  enumList: ["hasAny", "hasAll", "isEmpty"],
  id: ["eq", "in", "notIn"],
} as const;

/** The conditions on a to-many relation: some related row matches, every one does, none does. */
export const RELATION_QUANTIFIERS = ["some", "every", "none"] as const;

/** The comparisons a relation's count takes. */
const COUNT_OPERATORS = { eq: "=", gt: ">", gte: ">=", lt: "<", lte: "<=" } as const;

type Operand = Record<string, unknown>;
export type NodeFilter = Record<string, unknown> & { and?: NodeFilter[] | null; or?: NodeFilter[] | null; not?: NodeFilter | null };

/** A LIKE pattern that matches `text` literally (its `%`, `_` and `\` escaped). */
const literal = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A calendar date written `YYYY-MM-DD` that exists (not 2023-02-30). */
const isDate = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const folded = (sql: string) => `ipo_unaccent(lower(${sql}))`;

/** An identifier in a filter's parameters (bound with `??`); every other parameter is a value (bound with `?`). */
export class FilterName {
  constructor(readonly name: string) {}
}

/** A filter as SQL: `??` identifiers and `?` values in `params`, in order. Its text depends on the filter's shape only. */
export interface FilterCondition {
  sql: string;
  params: unknown[];
}

/** What a filter names beside an entity's scalar fields: its id, and its relations to one and to many rows. */
function relationsOf(entity: EntityClass): { one: Map<string, OneField>; many: Map<string, ManyField> } {
  const one = new Map<string, OneField>();
  const many = new Map<string, ManyField>();
  for (const field of relationFields()) if (field.owner === entity) (field.kind === "one" ? one : many).set(field.name, field as never);
  return { one, many };
}

/**
 * A filter on `entity` (alias `alias`) as one SQL condition, its values kept apart from its text. Leaves are
 * plain comparisons (a null value never matches, but for `isNull`); `not` negates a condition made two-valued
 * first, so that `not` of a field's condition is the rows it did not match, nulls included. A relation is a
 * subquery over the viewer's view of the related table (an `exists`), so a row the viewer may not see never
 * matches: to one row, the row it points at exists and matches; to many, `some`/`every`/`none` of its rows
 * match. Conditions (relations included), depth (relations and `and`/`or`/`not`) and list lengths are
 * bounded (FILTER_BOUNDS): past them the filter is refused with BAD_USER_INPUT.
 */
export function nodeFilterCondition(
  tables: Tables,
  entity: EntityClass,
  filter: NodeFilter | null | undefined,
  alias = "t",
  { wholeTable = false }: { wholeTable?: boolean } = {},
): FilterCondition | null {
  if (!filter) return null;
  let conditions = 0;
  let subqueries = 0;
  const refuse = (message: string, details: Record<string, unknown> = {}) => userError(message, { argumentName: "filter", ...details });
  const count = () => {
    conditions += 1;
    if (conditions > FILTER_BOUNDS.maxConditions)
      throw refuse(`A filter may hold at most ${FILTER_BOUNDS.maxConditions} conditions.`, { maximum: FILTER_BOUNDS.maxConditions });
  };
  const name = (identifier: string) => new FilterName(identifier);
  type Part = [string, unknown[]];

  const leaf = (field: FilterableField, column: string, operator: string, value: unknown): Part | null => {
    if (value === null || value === undefined) return null;
    count();
    if (Array.isArray(value) && value.length > FILTER_BOUNDS.maxListValues)
      throw refuse(`\`${field.name}.${operator}\` lists ${value.length} values; the most is ${FILTER_BOUNDS.maxListValues}.`, {
        maximum: FILTER_BOUNDS.maxListValues,
      });
    if ((operator === "contains" || operator === "startsWith") && String(value).length > FILTER_BOUNDS.maxTextLength)
      throw refuse(`\`${field.name}.${operator}\` is longer than ${FILTER_BOUNDS.maxTextLength} characters.`);
    for (const text of Array.isArray(value) ? value : [value])
      if (typeof text === "string" && (text.includes("\u0000") || LONE_SURROGATE.test(text)))
        throw refuse(`\`${field.name}.${operator}\` holds a NUL character or half of a UTF-16 pair; PostgreSQL text cannot.`);
    if (field.kind === "date" && operator !== "isNull")
      for (const date of Array.isArray(value) ? value : [value])
        if (!isDate(date))
          throw refuse(`\`${field.name}.${operator}\` takes dates as YYYY-MM-DD, got ${JSON.stringify(String(date).slice(0, 40))}.`);
    const ref = name(column);
    const cast = field.kind === "date" ? "::date" : "";
    const array = field.kind === "date" ? "?::date[]" : "?";
    switch (operator) {
      case "eq":
        return [`?? = ?${cast}`, [ref, value]];
      case "in":
        return [`?? = any(${array})`, [ref, value]];
      case "notIn":
        return [`not (?? = any(${array}))`, [ref, value]];
      case "gt":
        return [`?? > ?${cast}`, [ref, value]];
      case "gte":
        return [`?? >= ?${cast}`, [ref, value]];
      case "lt":
        return [`?? < ?${cast}`, [ref, value]];
      case "lte":
        return [`?? <= ?${cast}`, [ref, value]];
      case "contains":
        return [`${folded("??")} like '%' || ${folded("?")} || '%'`, [ref, literal(String(value))]];
      case "startsWith":
        return [`${folded("??")} like ${folded("?")} || '%'`, [ref, literal(String(value))]];
      case "isNull":
        return [value ? "?? is null" : "?? is not null", [ref]];
      case "hasAny":
        return ["?? && ?::text[]", [ref, value]];
      case "hasAll":
        return ["?? @> ?::text[]", [ref, value]];
      case "isEmpty":
        return [value ? "cardinality(??) = 0" : "cardinality(??) > 0", [ref]];
      default:
        throw refuse(`\`${field.name}\` has no operator \`${operator}\`.`);
    }
  };

  const idCondition = (of: EntityClass, at: string, operand: Operand): Part[] => {
    const type = nodeTypeOf(of);
    if (!type) throw refuse(`${of.name} has no ids to filter by.`);
    const parts: Part[] = [];
    const pks = (ids: unknown, operator: string) => {
      const list = Array.isArray(ids) ? ids : [ids];
      if (list.length > FILTER_BOUNDS.maxListValues)
        throw refuse(`\`id.${operator}\` lists ${list.length} values; the most is ${FILTER_BOUNDS.maxListValues}.`, {
          maximum: FILTER_BOUNDS.maxListValues,
        });
      return list.map((id) => decodeGlobalId(String(id), type, "filter").pk);
    };
    for (const [operator, value] of Object.entries(operand)) {
      if (value === null || value === undefined) continue;
      count();
      const ref = name(`${at}.pk`);
      if (operator === "eq") parts.push(["?? = ?::int", [ref, pks(value, operator)[0]]]);
      else if (operator === "in") parts.push(["?? = any(?::int[])", [ref, pks(value, operator)]]);
      else if (operator === "notIn") parts.push(["not (?? = any(?::int[]))", [ref, pks(value, operator)]]);
      else throw refuse(`\`id\` has no operator \`${operator}\`.`);
    }
    return parts;
  };

  const translate = (of: EntityClass, at: string, node: NodeFilter, depth: number): Part | null => {
    if (depth > FILTER_BOUNDS.maxDepth)
      throw refuse(`A filter may nest \`and\`, \`or\`, \`not\` and relations at most ${FILTER_BOUNDS.maxDepth} deep.`, {
        maximum: FILTER_BOUNDS.maxDepth,
      });
    const byName = new Map(filterableFields(of).map((field) => [field.name, field]));
    const relations = relationsOf(of);
    const table = tables.of(of);
    const parts: Part[] = [];
    for (const [key, operand] of Object.entries(node)) {
      if (operand === null || operand === undefined) continue;
      if (key === "and" || key === "or") {
        const children = (operand as NodeFilter[]).map((child) => translate(of, at, child, depth + 1)).filter((part) => part !== null);
        if (children.length) parts.push([`(${children.map(([sql]) => sql).join(` ${key} `)})`, children.flatMap(([, values]) => values)]);
        continue;
      }
      if (key === "not") {
        const inner = translate(of, at, operand as NodeFilter, depth + 1);
        if (inner) parts.push([`not coalesce((${inner[0]}), false)`, inner[1]]);
        continue;
      }
      if (key === "id") {
        parts.push(...idCondition(of, at, operand as Operand));
        continue;
      }
      const one = relations.one.get(key);
      if (one) {
        count();
        const inner = `f${++subqueries}`;
        const condition = translate(one.target, inner, operand as NodeFilter, depth + 1);
        const link: Part = ["?? = ??", [name(`${inner}.pk`), name(`${at}.${table.column(one.key)}`)]];
        parts.push(exists(tables.of(one.target).name, inner, [], link, condition, "some"));
        continue;
      }
      const many = relations.many.get(key);
      if (many) {
        for (const [quantifier, itemFilter] of Object.entries(operand as Record<string, NodeFilter | null>)) {
          if (itemFilter === null || itemFilter === undefined) continue;
          if (quantifier === "count") {
            // over a whole table, every row's count at once (one pass over the relation, grouped); else per row
            const grouped = wholeTable && at === alias;
            const inner = `f${++subqueries}`;
            const counted = grouped ? ["?? ", [name(`${inner}.n`)]] : relationCount(tables, many, at, inner);
            for (const [operator, value] of Object.entries(itemFilter as Operand)) {
              if (value === null || value === undefined) continue;
              count();
              const sign = COUNT_OPERATORS[operator as keyof typeof COUNT_OPERATORS];
              if (!sign && operator !== "in" && operator !== "notIn")
                throw refuse(`\`${key}.count\` takes eq, in, notIn, gt, gte, lt and lte.`);
              if (Array.isArray(value) && value.length > FILTER_BOUNDS.maxListValues)
                throw refuse(`\`${key}.count.${operator}\` lists too many values; the most is ${FILTER_BOUNDS.maxListValues}.`);
              const comparison: Part = sign
                ? [`${counted[0]} ${sign} ?`, [...(counted[1] as unknown[]), value]]
                : [`${operator === "notIn" ? "not " : ""}(${counted[0]} = any(?::int[]))`, [...(counted[1] as unknown[]), value]];
              if (!grouped) {
                parts.push(comparison);
                continue;
              }
              // rows without items are in no group: they match when a count of 0 would
              const zeroMatches = countMatches(operator, value, 0);
              const [groups, groupParams] = relationCountsByItem(tables, many, inner, null);
              parts.push([
                `?? ${zeroMatches ? "not in" : "in"} (select ?? from ${groups} as ?? where ${zeroMatches ? `not (${comparison[0]})` : comparison[0]})`,
                [name(`${at}.pk`), name(`${inner}.item`), ...groupParams, name(inner), ...comparison[1]],
              ]);
            }
            continue;
          }
          if (!(RELATION_QUANTIFIERS as readonly string[]).includes(quantifier))
            throw refuse(`\`${key}\` takes \`some\`, \`every\`, \`none\` or \`count\`, not \`${quantifier}\`.`);
          count();
          const inner = `f${++subqueries}`;
          const condition = translate(many.item, inner, itemFilter, depth + 1);
          const path = many.path;
          if (path.kind === "children") {
            const link: Part = ["?? = ??", [name(`${inner}.${tables.of(path.entity).column(path.key)}`), name(`${at}.pk`)]];
            parts.push(exists(tables.of(path.entity).name, inner, [], link, condition, quantifier));
          } else {
            // an edge counts only with its other end visible, as the relation's list shows it
            const edges = tables.of(path.edge);
            const target = tables.of(path.target);
            const join: Part = [
              "join ?? as ?? on ?? = ??",
              [name(target.name), name(`${inner}n`), name(`${inner}n.pk`), name(`${inner}.${edges.column(path.to)}`)],
            ];
            const link: Part = ["?? = ??", [name(`${inner}.${edges.column(path.from)}`), name(`${at}.pk`)]];
            parts.push(exists(edges.name, inner, [join], link, condition, quantifier));
          }
        }
        continue;
      }
      const field = byName.get(key);
      if (!field) throw refuse(`\`${key}\` cannot be filtered by.`);
      for (const [operator, value] of Object.entries(operand as Operand)) {
        const part = leaf(field, `${at}.${field.column}`, operator, value);
        if (part) parts.push(part);
      }
    }
    if (parts.length === 0) return null;
    return [parts.map(([sql]) => `(${sql})`).join(" and "), parts.flatMap(([, values]) => values)];
  };

  const condition = translate(entity, alias, filter, 0);
  return condition ? { sql: condition[0], params: condition[1] } : null;
}

/**
 * `(select count(...) ...)`: how many items of a relation to many the row at `at` has, among those the viewer
 * may see; for an edge list, how many different rows at its other end (a specialty taking part at two levels
 * counts once).
 */
export function relationCount(
  tables: Tables,
  many: ManyField,
  at: string,
  inner: string,
  condition: FilterCondition | null = null,
): [string, unknown[]] {
  const path = many.path;
  const name = (identifier: string) => new FilterName(identifier);
  const also = condition ? ` and (${condition.sql})` : "";
  const alsoParams = condition ? condition.params : [];
  if (path.kind === "children") {
    const table = tables.of(path.entity);
    return [
      `(select count(*)::int from ?? as ?? where ?? = ??${also})`,
      [name(table.name), name(inner), name(`${inner}.${table.column(path.key)}`), name(`${at}.pk`), ...alsoParams],
    ];
  }
  const edges = tables.of(path.edge);
  const target = tables.of(path.target);
  const to = name(`${inner}.${edges.column(path.to)}`);
  return [
    `(select count(distinct ??)::int from ?? as ?? join ?? as ?? on ?? = ?? where ?? = ??${also})`,
    [
      to,
      name(edges.name),
      name(inner),
      name(target.name),
      name(`${inner}n`),
      name(`${inner}n.pk`),
      to,
      name(`${inner}.${edges.column(path.from)}`),
      name(`${at}.pk`),
      ...alsoParams,
    ],
  ];
}

/** Whether a count of `n` meets a count condition. */
function countMatches(operator: string, value: unknown, n: number): boolean {
  switch (operator) {
    case "eq":
      return n === value;
    case "gt":
      return n > (value as number);
    case "gte":
      return n >= (value as number);
    case "lt":
      return n < (value as number);
    case "lte":
      return n <= (value as number);
    case "in":
      return (value as number[]).includes(n);
    default:
      return !(value as number[]).includes(n);
  }
}

/**
 * `(select <parent> as item, count(...)::int as n from ... group by 1)`: every parent's count of a relation's
 * items (among those `condition`, on alias `inner`, keeps) in one pass over the relation, for a whole list's
 * filter or order; parents without items are in no row.
 */
export function relationCountsByItem(
  tables: Tables,
  many: ManyField,
  inner: string,
  condition: FilterCondition | null,
): [string, unknown[]] {
  const path = many.path;
  const name = (identifier: string) => new FilterName(identifier);
  const where = condition ? ` where ${condition.sql}` : "";
  const whereParams = condition ? condition.params : [];
  if (path.kind === "children") {
    const table = tables.of(path.entity);
    const key = name(`${inner}.${table.column(path.key)}`);
    return [
      `(select ?? as ??, count(*)::int as ?? from ?? as ??${where || " where true"} and ?? is not null group by 1)`,
      [key, name("item"), name("n"), name(table.name), name(inner), ...whereParams, key],
    ];
  }
  const edges = tables.of(path.edge);
  const target = tables.of(path.target);
  const to = name(`${inner}.${edges.column(path.to)}`);
  // distinct pairs first, then counted: hashed, where count(distinct) sorts every group
  return [
    `(select ??, count(*)::int as ?? from (select distinct ?? as ??, ?? as ?? from ?? as ?? join ?? as ?? on ?? = ??${where}) as ?? group by 1)`,
    [
      name("item"),
      name("n"),
      name(`${inner}.${edges.column(path.from)}`),
      name("item"),
      to,
      name("other"),
      name(edges.name),
      name(inner),
      name(target.name),
      name(`${inner}n`),
      name(`${inner}n.pk`),
      to,
      ...whereParams,
      name(`${inner}d`),
    ],
  ];
}

/** Every row's count of `entity`'s relation `relation`, among the items `filter` keeps, as `(item, n)` rows: for an order. */
export function relationCountOf(tables: Tables, entity: EntityClass, relation: string, filter: NodeFilter, inner: string): FilterCondition {
  const many = relationsOf(entity).many.get(relation);
  if (!many) throw userError(`\`${relation}\` is no list of ${entity.name} to count.`, { argumentName: "sort" });
  const [sql, params] = relationCountsByItem(tables, many, inner, nodeFilterCondition(tables, many.item, filter, inner));
  return { sql, params };
}

/** `exists (select from <table> <alias> <joins> where <link> and <condition>)`, quantified as `some`, `every` or `none`. */
function exists(
  table: string,
  alias: string,
  joins: Array<[string, unknown[]]>,
  link: [string, unknown[]],
  condition: [string, unknown[]] | null,
  quantifier: string,
): [string, unknown[]] {
  const from = `select from ?? as ??${joins.map(([sql]) => ` ${sql}`).join("")} where ${link[0]}`;
  const fromParams = [new FilterName(table), new FilterName(alias), ...joins.flatMap(([, params]) => params), ...link[1]];
  if (!condition)
    return [
      quantifier === "none" ? `not exists (${from})` : quantifier === "every" ? "true" : `exists (${from})`,
      quantifier === "every" ? [] : fromParams,
    ];
  if (quantifier === "every") return [`not exists (${from} and not coalesce((${condition[0]}), false))`, [...fromParams, ...condition[1]]];
  return [`${quantifier === "none" ? "not " : ""}exists (${from} and (${condition[0]}))`, [...fromParams, ...condition[1]]];
}

/** The parameters for knex: identifiers as their names (for `??`), values as `bindValue` makes them (themselves, or a statement's slots). */
export function filterBindings(
  condition: FilterCondition,
  bindValue: (value: unknown, index: number) => unknown = (value) => value,
): unknown[] {
  let index = 0;
  return condition.params.map((param) => (param instanceof FilterName ? param.name : bindValue(param, index++)));
}

/** The values of a filter, in order (what its statement's slots take). */
export function filterValues(condition: FilterCondition): unknown[] {
  return condition.params.filter((param) => !(param instanceof FilterName));
}

/** A key of a filter's shape: two filters with the same key have the same SQL text and differ in values only. */
export function filterShape(condition: FilterCondition): string {
  return JSON.stringify([condition.sql, condition.params.map((param) => (param instanceof FilterName ? param.name : null))]);
}

/** Adds a filter on `entity` (alias `alias`) to a root list's conditions (over the whole table). */
export function addNodeFilter(where: Where, tables: Tables, entity: EntityClass, filter: NodeFilter | null | undefined, alias = "t"): void {
  const condition = nodeFilterCondition(tables, entity, filter, alias, { wholeTable: true });
  if (condition) where.add(condition.sql, ...filterBindings(condition));
}
