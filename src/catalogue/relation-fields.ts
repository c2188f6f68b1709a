import type { MetadataStorage } from "@mikro-orm/core";
import { getMetadataStorage } from "type-graphql";
import { entityMetadata } from "./entity-metadata";
import { type ListDeclaration, type EntityClass } from "./catalogue.types";
import { EDGES, REFERENCES } from "./relations";

/** A field that returns the one row a foreign key points at: a reference's child side, or an edge's end. */
export interface OneField {
  kind: "one";
  owner: EntityClass;
  name: string;
  description: string;
  target: EntityClass;
  nullable: boolean;
  /** The key is the field's name: the row holds `<key>Pk`, or (on edges) the joined row under `<key>`. */
  key: string;
}

/** How a list field reaches its rows: children by foreign key, or edges from one end with the other end joined in. */
export type ListPath =
  | { kind: "children"; entity: EntityClass; key: string }
  | { kind: "edges"; edge: EntityClass; from: string; to: string; target: EntityClass };

export interface ListFilter {
  property: string;
  description: string;
  /** The GraphQL enum of the property, as the entity declares it. */
  type: () => unknown;
}

/** A field that lists rows related to its parent: `name` (a list) and `nameConnection` (a connection) are both derived from it. */
export interface ManyField {
  kind: "many";
  owner: EntityClass;
  name: string;
  description: string;
  /** The type of the listed items: the children, or the edges. */
  item: EntityClass;
  path: ListPath;
  filters: ListFilter[];
}

export type RelationField = OneField | ManyField;

let cached: RelationField[] | undefined;

/** Every relation field of the schema, both directions of every relation of the catalogue. */
export function relationFields(): RelationField[] {
  cached ??= deriveRelationFields(entityMetadata());
  return cached;
}

function deriveRelationFields(metadata: MetadataStorage): RelationField[] {
  const target = (entity: EntityClass, key: string) => {
    const prop = metadata.get(entity.name).properties[key as never] as { kind: string; type: string; nullable?: boolean } | undefined;
    if (prop?.kind !== "m:1") throw new Error(`The catalogue names ${entity.name}.${key}, which is no many-to-one property`);
    return { entity: metadata.get(prop.type).class as EntityClass, nullable: prop.nullable === true };
  };
  const filters = (entity: EntityClass, list: ListDeclaration): ListFilter[] =>
    Object.entries(list.filters ?? {}).map(([property, description]) => {
      const field = getMetadataStorage().fields.find((f) => f.target === entity && f.name === property);
      if (!field) throw new Error(`The catalogue filters ${entity.name} by "${property}", which is no GraphQL field of it`);
      return { property, description, type: field.getType };
    });
  const fields: RelationField[] = [];
  for (const reference of REFERENCES) {
    const parent = target(reference.child, reference.key);
    fields.push({
      kind: "one",
      owner: reference.child,
      name: reference.key,
      description: reference.one,
      target: parent.entity,
      nullable: parent.nullable,
      key: reference.key,
    });
    if (reference.many) {
      fields.push({
        kind: "many",
        owner: parent.entity,
        name: reference.many.name,
        description: reference.many.description,
        item: reference.child,
        path: { kind: "children", entity: reference.child, key: reference.key },
        filters: filters(reference.child, reference.many),
      });
    }
  }
  for (const edge of EDGES) {
    const ends = edge.ends.map((end) => ({ ...end, ...target(edge.edge, end.key) }));
    ends.forEach((end, index) => {
      const other = ends[1 - index]!;
      fields.push({
        kind: "one",
        owner: edge.edge,
        name: end.key,
        description: end.one,
        target: end.entity,
        nullable: end.nullable,
        key: end.key,
      });
      fields.push({
        kind: "many",
        owner: end.entity,
        name: end.many.name,
        description: end.many.description,
        item: edge.edge,
        path: { kind: "edges", edge: edge.edge, from: end.key, to: other.key, target: other.entity },
        filters: filters(edge.edge, end.many),
      });
    });
  }
  return fields;
}
