import type { MetadataStorage } from "@mikro-orm/core";
import { getMetadataStorage, ID } from "type-graphql";
import { Where } from "./where";
import { decodeGlobalId } from "../catalogue/global-id";
import { entityMetadata } from "../catalogue/entity-metadata";
import { type ListFilterDeclaration, type EntityClass } from "../catalogue/catalogue.types";
import { declarationOf, nodeTypeOf, type NodeTypeName } from "../catalogue/node-types";
import { EDGES } from "../catalogue/relations";

/** A filter argument of a top-level list, ready to use: its GraphQL type and the condition it adds. */
export interface ListFilter {
  argument: string;
  description: string;
  type: () => unknown;
  /** Group of conditions that go into one `exists` (filters via the same edge hold for the same edge). */
  group?: { key: string; exists: (conditions: Where) => [string, ...unknown[]] };
  /** The condition for a given value, on the list's alias `t` (or the edge's alias `e` in a group). */
  condition: (value: unknown) => [string, ...unknown[]];
}

const cache = new Map<NodeTypeName, ListFilter[]>();

/** The filters of a type's top-level list, derived from its catalogue entry and the entities' metadata. */
export function listFilters(type: NodeTypeName): ListFilter[] {
  let filters = cache.get(type);
  if (!filters) {
    filters = Object.entries(declarationOf(type).list.filters ?? {}).map(([argument, declaration]) =>
      deriveFilter(entityMetadata(), type, argument, declaration),
    );
    cache.set(type, filters);
  }
  return filters;
}

/** The conditions the given arguments ask for. */
export function whereOf(type: NodeTypeName, args: Record<string, unknown>): Where {
  const where = new Where();
  const groups = new Map<string, { exists: (conditions: Where) => [string, ...unknown[]]; conditions: Where }>();
  for (const filter of listFilters(type)) {
    const value = args[filter.argument];
    if (value === null || value === undefined) continue;
    if (!filter.group) {
      where.add(...filter.condition(value));
      continue;
    }
    const group = groups.get(filter.group.key) ?? { exists: filter.group.exists, conditions: new Where() };
    group.conditions.add(...filter.condition(value));
    groups.set(filter.group.key, group);
  }
  for (const { exists, conditions } of groups.values()) where.add(...exists(conditions));
  return where;
}

function graphqlTypeOf(entity: EntityClass, property: string): () => unknown {
  const field = getMetadataStorage().fields.find((f) => f.target === entity && f.name === property);
  if (!field) throw new Error(`The catalogue filters by ${entity.name}.${property}, which is no GraphQL field`);
  return field.getType;
}

function deriveFilter(metadata: MetadataStorage, type: NodeTypeName, argument: string, declaration: ListFilterDeclaration): ListFilter {
  const entity = declarationOf(type).entity as EntityClass;
  const prop = (owner: EntityClass, key: string) => {
    const found = metadata.get(owner.name).properties[key as never] as { kind: string; fieldNames: string[]; type: string } | undefined;
    if (!found) throw new Error(`The catalogue names ${owner.name}.${key}, which does not exist`);
    return found;
  };
  const targetType = (owner: EntityClass, key: string) => {
    const target = nodeTypeOf(metadata.get(prop(owner, key).type).class as EntityClass);
    if (!target) throw new Error(`${owner.name}.${key} points at no node type`);
    return target;
  };
  const column = (owner: EntityClass, key: string) => prop(owner, key).fieldNames[0]!;
  const base = { argument, description: declaration.description };

  if ("property" in declaration && !("via" in declaration)) {
    const ref = `t.${column(entity, declaration.property)}`;
    switch (declaration.match ?? "equal") {
      case "contains":
        return { ...base, type: graphqlTypeOf(entity, declaration.property), condition: (value) => ["? = any(??)", value, ref] };
      case "ignoreCase":
        return { ...base, type: graphqlTypeOf(entity, declaration.property), condition: (value) => ["lower(??) = lower(?)", ref, value] };
      case "absent":
        return { ...base, type: () => Boolean, condition: (value) => [value ? "?? is null" : "?? is not null", ref] };
      default:
        return { ...base, type: graphqlTypeOf(entity, declaration.property), condition: (value) => ["?? = ?", ref, value] };
    }
  }
  const { via, then, property } = declaration as Extract<ListFilterDeclaration, { via: unknown }>;
  if (typeof via === "string") {
    const target = targetType(entity, via);
    const ref = `t.${column(entity, via)}`;
    return { ...base, type: () => ID, condition: (value) => ["?? = ?", ref, decodeGlobalId(value as string, target, argument).pk] };
  }
  const edge = EDGES.find((candidate) => candidate.edge === via);
  if (!edge) throw new Error(`The catalogue filters ${type} via ${via.name}, which is no edge of the catalogue`);
  const here = edge.ends.find((end) => metadata.get(prop(via, end.key).type).class === entity);
  const there = edge.ends.find((end) => end !== here);
  if (!here || !there) throw new Error(`${via.name} has no end at ${type}`);
  const edgeTable = metadata.get(via.name).tableName;
  const joinParent = [`e.${column(via, here.key)}`, "t.pk"];
  if (property) {
    return {
      ...base,
      type: graphqlTypeOf(via, property),
      group: {
        key: edgeTable,
        exists: (conditions) => [
          `exists (select 1 from ?? as e where ?? = ?? and ${conditions.conditions.join(" and ")})`,
          edgeTable,
          ...joinParent,
          ...conditions.params,
        ],
      },
      condition: (value) => ["?? = ?", `e.${column(via, property)}`, value],
    };
  }
  const otherType = targetType(via, there.key);
  if (!then) {
    return {
      ...base,
      type: () => ID,
      group: {
        key: edgeTable,
        exists: (conditions) => [
          `exists (select 1 from ?? as e where ?? = ?? and ${conditions.conditions.join(" and ")})`,
          edgeTable,
          ...joinParent,
          ...conditions.params,
        ],
      },
      condition: (value) => ["?? = ?", `e.${column(via, there.key)}`, decodeGlobalId(value as string, otherType, argument).pk],
    };
  }
  const otherEntity = declarationOf(otherType).entity as EntityClass;
  const thenType = targetType(otherEntity, then);
  const otherTable = metadata.get(otherEntity.name).tableName;
  return {
    ...base,
    type: () => ID,
    group: {
      key: `${edgeTable}>${then}`,
      exists: (conditions) => [
        `exists (select 1 from ?? as e join ?? as o on ?? = ?? where ?? = ?? and ${conditions.conditions.join(" and ")})`,
        edgeTable,
        otherTable,
        "o.pk",
        `e.${column(via, there.key)}`,
        ...joinParent,
        ...conditions.params,
      ],
    },
    condition: (value) => ["?? = ?", `o.${column(otherEntity, then)}`, decodeGlobalId(value as string, thenType, argument).pk],
  };
}
