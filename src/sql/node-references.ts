import { Directive, Field } from "type-graphql";
import type { EntityClass } from "../catalogue/catalogue.types";
import type { RelationRead } from "./relation-reads";

interface NodeReference {
  owner: Function;
  field: string;
  key: string;
  target: () => EntityClass;
  many: boolean;
}

const references: NodeReference[] = [];

/**
 * Property decorator on the key (or keys) a computed result holds: the GraphQL field `field` is the node of
 * `target` (or the nodes, for an array of keys) that the key names, read through the request's by-id loader.
 * The field's type, description and read are declared here once; `nodeReferenceReads()` gives the schema
 * (api/build-schema.ts) what runs.
 */
export function ReferencedNode(
  field: string,
  target: () => EntityClass,
  options: { description: string; many?: boolean; maxItems?: number; nullable?: boolean },
): PropertyDecorator {
  return (prototype, key) => {
    const many = options.many ?? false;
    // the list holds at most this many: for a router and for the cost estimate (features/limits/query-cost.ts) alike
    if (options.maxItems !== undefined)
      Directive(`@listSize(assumedSize: ${options.maxItems}, requireOneSlicingArgument: false)`)(prototype, field);
    Field(() => (many ? [target()] : target()), { description: options.description, nullable: options.nullable })(prototype, field);
    references.push({ owner: prototype.constructor, field, key: String(key), target, many });
  };
}

/** How every `@ReferencedNode` field is read, by type and field name. */
export function nodeReferenceReads(): Record<string, Record<string, RelationRead>> {
  const map: Record<string, Record<string, RelationRead>> = {};
  for (const { owner, field, key, target, many } of references) {
    map[owner.name] ??= {};
    map[owner.name]![field] = many
      ? (row, _args, session) => session.loaders.node(target()).loadMany(row[key] as number[])
      : (row, _args, session) => (row[key] == null ? null : session.loaders.node(target()).load(row[key] as number));
  }
  return map;
}
