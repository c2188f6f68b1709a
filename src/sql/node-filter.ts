import type { FilterableField } from "../catalogue/filterable-fields";
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
} as const;

type Operand = Record<string, unknown>;
export type NodeFilter = Record<string, unknown> & { and?: NodeFilter[] | null; or?: NodeFilter[] | null; not?: NodeFilter | null };

/** A LIKE pattern that matches `text` literally (its `%`, `_` and `\` escaped). */
const literal = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A calendar date written `YYYY-MM-DD` that exists (not 2023-02-30). */
const isDate = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const folded = (sql: string) => `ipo_unaccent(lower(${sql}))`;

/**
 * A filter as one SQL condition on alias `t`, its values bound apart from its text. Leaves are plain
 * comparisons (a null value never matches, but for `isNull`); `not` negates a condition made two-valued
 * first, so that `not` of a field's condition is the rows it did not match, nulls included. Conditions,
 * depth and list lengths are bounded (FILTER_BOUNDS): past them the filter is refused with BAD_USER_INPUT.
 */
export function addNodeFilter(where: Where, fields: readonly FilterableField[], filter: NodeFilter | null | undefined, alias = "t"): void {
  if (!filter) return;
  const byName = new Map(fields.map((field) => [field.name, field]));
  let conditions = 0;
  const refuse = (message: string, details: Record<string, unknown> = {}) => userError(message, { argumentName: "filter", ...details });

  const leaf = (field: FilterableField, operator: string, value: unknown): [string, unknown[]] | null => {
    if (value === null || value === undefined) return null;
    conditions += 1;
    if (conditions > FILTER_BOUNDS.maxConditions)
      throw refuse(`A filter may hold at most ${FILTER_BOUNDS.maxConditions} conditions.`, { maximum: FILTER_BOUNDS.maxConditions });
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
    const column = `${alias}.${field.column}`;
    const cast = field.kind === "date" ? "::date" : "";
    const array = field.kind === "date" ? "?::date[]" : "?";
    switch (operator) {
      case "eq":
        return [`?? = ?${cast}`, [column, value]];
      case "in":
        return [`?? = any(${array})`, [column, value]];
      case "notIn":
        return [`not (?? = any(${array}))`, [column, value]];
      case "gt":
        return [`?? > ?${cast}`, [column, value]];
      case "gte":
        return [`?? >= ?${cast}`, [column, value]];
      case "lt":
        return [`?? < ?${cast}`, [column, value]];
      case "lte":
        return [`?? <= ?${cast}`, [column, value]];
      case "contains":
        return [`${folded("??")} like '%' || ${folded("?")} || '%'`, [column, literal(String(value))]];
      case "startsWith":
        return [`${folded("??")} like ${folded("?")} || '%'`, [column, literal(String(value))]];
      case "isNull":
        return [value ? "?? is null" : "?? is not null", [column]];
      case "hasAny":
        return ["?? && ?::text[]", [column, value]];
      case "hasAll":
        return ["?? @> ?::text[]", [column, value]];
      case "isEmpty":
        return [value ? "cardinality(??) = 0" : "cardinality(??) > 0", [column]];
      default:
        throw refuse(`\`${field.name}\` has no operator \`${operator}\`.`);
    }
  };

  const translate = (node: NodeFilter, depth: number): [string, unknown[]] | null => {
    if (depth > FILTER_BOUNDS.maxDepth)
      throw refuse(`A filter may nest \`and\`, \`or\` and \`not\` at most ${FILTER_BOUNDS.maxDepth} deep.`, {
        maximum: FILTER_BOUNDS.maxDepth,
      });
    const parts: Array<[string, unknown[]]> = [];
    for (const [name, operand] of Object.entries(node)) {
      if (operand === null || operand === undefined) continue;
      if (name === "and" || name === "or") {
        const children = (operand as NodeFilter[]).map((child) => translate(child, depth + 1)).filter((part) => part !== null);
        if (children.length) parts.push([`(${children.map(([sql]) => sql).join(` ${name} `)})`, children.flatMap(([, values]) => values)]);
        continue;
      }
      if (name === "not") {
        const inner = translate(operand as NodeFilter, depth + 1);
        if (inner) parts.push([`not coalesce((${inner[0]}), false)`, inner[1]]);
        continue;
      }
      const field = byName.get(name);
      if (!field) throw refuse(`\`${name}\` cannot be filtered by.`);
      for (const [operator, value] of Object.entries(operand as Operand)) {
        const part = leaf(field, operator, value);
        if (part) parts.push(part);
      }
    }
    if (parts.length === 0) return null;
    return [parts.map(([sql]) => `(${sql})`).join(" and "), parts.flatMap(([, values]) => values)];
  };

  const condition = translate(filter, 0);
  if (condition) where.add(condition[0], ...condition[1]);
}
