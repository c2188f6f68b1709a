import type { EntityClass } from "./catalogue.types";
import { filterableFields, type FilterableField } from "./filterable-fields";
import { relationFields, type ManyField, type OneField } from "./relation-fields";

/** What an aggregate computes over the items of a list. */
export const AGGREGATE_FUNCTIONS = ["count", "countDistinct", "min", "max", "sum", "avg"] as const;
export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];

/** The fields of an entity each aggregate function takes, derived from its filterable fields. */
export interface AggregateFields {
  /** `countDistinct`: every single-valued field. */
  distinct: FilterableField[];
  /** `min`, `max`: numbers and dates. */
  ranged: FilterableField[];
  /** `sum`, `avg`: numbers. */
  summed: FilterableField[];
}

const fieldsCache = new Map<EntityClass, AggregateFields>();

export function aggregateFieldsOf(entity: EntityClass): AggregateFields {
  let known = fieldsCache.get(entity);
  if (!known) {
    const fields = filterableFields(entity);
    known = {
      distinct: fields.filter((field) => field.kind !== "enumList"),
      ranged: fields.filter((field) => field.kind === "number" || field.kind === "date"),
      summed: fields.filter((field) => field.kind === "number"),
    };
    fieldsCache.set(entity, known);
  }
  return known;
}

/** The fields `fn` takes on `entity` (none for `count`). */
export function fieldsOfFunction(entity: EntityClass, fn: AggregateFunction): FilterableField[] {
  const fields = aggregateFieldsOf(entity);
  return fn === "count" ? [] : fn === "countDistinct" ? fields.distinct : fn === "min" || fn === "max" ? fields.ranged : fields.summed;
}

/**
 * One way to group a list's items: by a field's value, by each value of a list field (an item with several
 * is in several groups), by a date's year, or by the row a relation to one points at.
 */
export type GroupKey =
  | { name: string; kind: "value" | "each"; field: FilterableField; description: string }
  | { name: string; kind: "year"; field: FilterableField; description: string }
  | { name: string; kind: "reference"; reference: OneField; description: string }
  /** Each node a relation to many links to (`institutions`), or each row those nodes point at (`institutionsRegion`). */
  | { name: string; kind: "through"; many: ManyField; reference?: OneField; target: EntityClass; description: string };

const keysCache = new Map<EntityClass, GroupKey[]>();

/** Every group key of an entity: its filterable fields (dates also by year) and its relations to one row. */
export function groupKeysOf(entity: EntityClass): GroupKey[] {
  let known = keysCache.get(entity);
  if (!known) {
    known = [];
    for (const field of filterableFields(entity)) {
      if (field.kind === "enumList")
        known.push({ name: field.name, kind: "each", field, description: `Each value of ${field.name}: ${field.description}` });
      else known.push({ name: field.name, kind: "value", field, description: field.description });
      if (field.kind === "date")
        known.push({ name: `${field.name}Year`, kind: "year", field, description: `The year of ${field.name}: ${field.description}` });
    }
    for (const reference of relationFields())
      if (reference.kind === "one" && reference.owner === entity)
        known.push({ name: reference.name, kind: "reference", reference, description: reference.description });
    // through links to other nodes: an item is in the group of each node it links to (or of each row those point at)
    for (const many of relationFields()) {
      if (many.kind !== "many" || many.owner !== entity || many.path.kind !== "edges") continue;
      const target = many.path.target;
      known.push({
        name: many.name,
        kind: "through",
        many,
        target,
        description: `Each ${target.name} of ${many.name} (an item with several is in several groups).`,
      });
      for (const reference of relationFields())
        if (reference.kind === "one" && reference.owner === target)
          known.push({
            name: `${many.name}${reference.name[0]!.toUpperCase()}${reference.name.slice(1)}`,
            kind: "through",
            many,
            reference,
            target: reference.target,
            description: `Each ${reference.name} of the ${many.name} (${reference.description}); an item is in the group of each.`,
          });
    }
    keysCache.set(entity, known);
  }
  return known;
}
