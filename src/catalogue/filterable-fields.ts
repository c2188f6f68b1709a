import { GraphQLBoolean, GraphQLFloat, GraphQLInt, GraphQLString } from "graphql";
import { getMetadataStorage } from "type-graphql";
import type { EntityClass } from "./catalogue.types";
import { entityMetadata } from "./entity-metadata";

/** What a field's values are, for the operators a filter offers on it. */
export type FilterKind = "text" | "number" | "date" | "boolean" | "enum" | "enumList";

/** A scalar field of a node type that lists can be filtered by: its GraphQL name, its column, its kind. */
export interface FilterableField {
  name: string;
  column: string;
  kind: FilterKind;
  /** The GraphQL type of one value (String, Int, Float, Boolean, or the enum object). */
  valueType: () => unknown;
  description: string;
}

function kindOf(type: unknown, list: boolean, enumObjects: ReadonlySet<unknown>): FilterKind | undefined {
  if (list) return enumObjects.has(type) ? "enumList" : undefined;
  if (type === String || type === GraphQLString) return "text";
  if (type === Number || type === GraphQLInt || type === GraphQLFloat) return "number";
  if (type === Boolean || type === GraphQLBoolean) return "boolean";
  if (enumObjects.has(type)) return "enum";
  return undefined;
}

const cached = new Map<EntityClass, FilterableField[]>();

/**
 * The filterable fields of an entity, derived from what it declares: every GraphQL field (its own and its
 * base classes') that is a MikroORM scalar column of a text, number, boolean or enum type, or a list of an enum.
 * Fields served by a resolver of their own (personal data among them) are not columns of the type, so they are not here.
 */
export function filterableFields(entity: EntityClass): FilterableField[] {
  const known = cached.get(entity);
  if (known) return known;
  const metadata = entityMetadata().get(entity.name);
  const classes: Function[] = [];
  for (let target: Function | null = entity; target && target !== Function.prototype; target = Object.getPrototypeOf(target))
    classes.push(target);
  const enumObjects = new Set(getMetadataStorage().enums.map((registered) => registered.enumObj));
  const fields: FilterableField[] = [];
  for (const field of getMetadataStorage().fields.filter((candidate) => classes.includes(candidate.target))) {
    const prop = metadata.properties[field.name as never] as
      | { kind: string; fieldNames?: string[]; primary?: boolean; columnTypes?: string[] }
      | undefined;
    if (!prop || prop.kind !== "scalar" || prop.primary || !prop.fieldNames?.[0]) continue;
    const valueType = field.getType();
    const isDate = /^(date|timestamp)/.test(prop.columnTypes?.[0] ?? "");
    const kind = isDate ? "date" : kindOf(valueType, field.typeOptions.array === true, enumObjects);
    if (!kind || fields.some((known) => known.name === field.name)) continue;
    fields.push({
      name: field.name,
      column: prop.fieldNames[0],
      kind,
      valueType: field.getType,
      description: field.description ?? field.name,
    });
  }
  cached.set(entity, fields);
  return fields;
}

/** The fields a list can be sorted by: text, numbers and enums (their values compare as the cursors do). */
export function sortableFields(entity: EntityClass): FilterableField[] {
  return filterableFields(entity).filter((field) => field.kind === "text" || field.kind === "number" || field.kind === "enum");
}
