import type { EntityMetadata, EntityProperty, MetadataStorage } from "@mikro-orm/core";
import { getMetadataStorage, ID as IdType, Int as IntType } from "type-graphql";
import { nodeTypeOf, type NodeTypeName } from "../../catalogue/node-types";
import { PROVENANCE_PROPERTIES } from "../../model/provenance/provenance-columns";
import { type EntityClass } from "../../catalogue/catalogue.types";

export type FieldKind = "slug" | "text" | "texts" | "int" | "boolean" | "enum" | "enums" | "date" | "email" | "reference";

/** One entity property as a mutation input field: its GraphQL type, its rules, its description. */
export interface WritableField {
  property: string;
  /** Name in the input: the property, or `<relation>Id` for a reference. */
  inputName: string;
  kind: FieldKind;
  /** Must be given when creating. */
  required: boolean;
  /** May be null (cleared). */
  nullable: boolean;
  /** Longest text (per item for lists). */
  maxLength?: number;
  /** Allowed integer range. */
  range?: [number, number];
  /** The GraphQL type of the input field (without list wrapping). */
  graphqlType: () => unknown;
  list: boolean;
  description: string;
  /** For references: the node type and entity it must name. */
  target?: { type: NodeTypeName; entity: EntityClass };
  /** Column name, to tell which input field a unique constraint belongs to. */
  column: string;
}

// provenance says where seeded facts come from; what the API writes is ENTERED (the audit trail has the rest)
const SKIPPED = new Set(["pk", "version", "state", ...Object.values(PROVENANCE_PROPERTIES)]);
const TEXT_MAX = 10_000;
const LIST_ITEM_MAX = 2_000;
export const LIST_MAX_ITEMS = 50;

/** Descriptions of properties the object type serves through a resolver, not a field of its own. */
const EXTRA_DESCRIPTIONS: Record<string, string> = {
  email: "Contact e-mail address (personal data: shown to members and up).",
};

function integerRange(entityName: string, property: string): [number, number] {
  if (/Year$/.test(property)) return [1900, 2100];
  if (entityName === "Experiment" && property === "number") return [1, 999];
  return [0, 1_000_000];
}

/** The fields a create or update of `entity` can set, derived from its MikroORM and TypeGraphQL metadata. */
export function writableFields(metadata: MetadataStorage, entity: EntityClass): WritableField[] {
  const meta: EntityMetadata = metadata.get(entity.name);
  const graphqlFields = getMetadataStorage().fields.filter((field) => field.target === entity || entity.prototype instanceof field.target);
  const fields: WritableField[] = [];
  for (const prop of meta.props as EntityProperty[]) {
    if (SKIPPED.has(prop.name) || prop.persist === false || prop.generated || prop.hidden || prop.primary) continue;
    const graphqlField = graphqlFields.find((field) => field.name === prop.name);
    if (prop.kind === "m:1") {
      const targetEntity = prop.targetMeta!.class as EntityClass;
      const type = nodeTypeOf(targetEntity)!;
      fields.push({
        property: prop.name,
        inputName: `${prop.name}Id`,
        kind: "reference",
        required: !prop.nullable,
        nullable: !!prop.nullable,
        graphqlType: () => IdType,
        list: false,
        description: `Id of the ${type} it refers to as \`${prop.name}\`${prop.nullable ? "; null for none" : ""}.`,
        target: { type, entity: targetEntity },
        column: prop.fieldNames[0],
      });
      continue;
    }
    if (prop.kind !== "scalar") continue;
    const isList = prop.array === true || prop.type === "text[]";
    // after discovery an enum array is an EnumArrayType with `items`, no longer flagged `enum`
    const isEnum = prop.enum === true || (Array.isArray(prop.items) && prop.items.length > 0);
    const kind: FieldKind =
      prop.name === "slug"
        ? "slug"
        : prop.name === "email"
          ? "email"
          : isEnum
            ? isList
              ? "enums"
              : "enum"
            : isList
              ? "texts"
              : prop.type === "integer"
                ? "int"
                : prop.type === "boolean"
                  ? "boolean"
                  : prop.type === "date" || prop.columnTypes?.[0] === "date"
                    ? "date"
                    : "text";
    const hasDefault = prop.default !== undefined || prop.defaultRaw !== undefined;
    fields.push({
      property: prop.name,
      inputName: prop.name,
      kind,
      required: !prop.nullable && !hasDefault && !isList && kind !== "slug",
      nullable: !!prop.nullable,
      maxLength:
        kind === "texts" ? LIST_ITEM_MAX : kind === "text" || kind === "email" || kind === "slug" ? (prop.length ?? TEXT_MAX) : undefined,
      range: kind === "int" ? integerRange(entity.name, prop.name) : undefined,
      graphqlType:
        kind === "enum" || kind === "enums"
          ? () => unwrap(graphqlField!.getType())
          : kind === "int"
            ? () => IntType
            : kind === "boolean"
              ? () => Boolean
              : () => String,
      list: isList,
      description: graphqlField?.description ?? EXTRA_DESCRIPTIONS[prop.name] ?? prop.name,
      column: prop.fieldNames[0],
    });
  }
  return fields;
}

function unwrap(type: unknown): unknown {
  return Array.isArray(type) ? type[0] : type;
}
