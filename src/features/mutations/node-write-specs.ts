import { ProblemCode } from "../../platform/problem-code";
import type { MetadataStorage } from "@mikro-orm/core";
import { declarationOf, nodeEntities, type NodeTypeName, NODE_TYPE_NAMES } from "../../catalogue/node-types";
import { type WriteCheck, type EntityClass } from "../../catalogue/catalogue.types";
import { entityMetadata } from "../../catalogue/entity-metadata";
import type { InputValues } from "./input-types";
import type { Problems } from "./problems";
import { writableFields, type WritableField } from "./writable-fields";

/** A write rule's view of one write (the catalogue's `WriteCheck`, with this layer's problems). */
export interface NodeCheck extends WriteCheck {
  input: InputValues;
  problems: Problems;
}

/** How a node or edge type is written: its fields, the rules beyond each field's own, its unique properties. */
export interface WriteSpec {
  type: string;
  entity: EntityClass;
  table: string;
  fields: WritableField[];
  /** Single-column unique properties, checked before writing so they are reported with the other problems. */
  uniqueProperties: string[];
  check?: (check: NodeCheck) => void;
}

export interface NodeWriteSpec extends WriteSpec {
  type: NodeTypeName;
  /** References recorded in the audit trail as global ids. */
  relations: Partial<Record<string, NodeTypeName>>;
}

/** Each declared range: the first may not exceed the second. */
function checkRanges(ranges: ReadonlyArray<[string, string]>, { values, problems, input }: NodeCheck): void {
  for (const [low, high] of ranges) {
    if (typeof values[low] === "number" && typeof values[high] === "number" && (values[low] as number) > (values[high] as number)) {
      problems.add(String(low in input ? low : high), ProblemCode.OUT_OF_RANGE, `may not be more than ${high}`);
    }
  }
}

let cached: Map<NodeTypeName, NodeWriteSpec> | undefined;

/** How each node type is written, derived once from the entities' metadata. */
export function nodeWriteSpecs(): Map<NodeTypeName, NodeWriteSpec> {
  cached ??= buildNodeWriteSpecs(entityMetadata());
  return cached;
}

function buildNodeWriteSpecs(metadata: MetadataStorage): Map<NodeTypeName, NodeWriteSpec> {
  const specs = new Map<NodeTypeName, NodeWriteSpec>();
  for (const type of NODE_TYPE_NAMES) {
    const entity = nodeEntities[type] as EntityClass;
    const meta = metadata.get(entity.name);
    const fields = writableFields(metadata, entity);
    const { ranges = [], rules } = declarationOf(type);
    specs.set(type, {
      type,
      entity,
      table: meta.tableName,
      fields,
      uniqueProperties: meta.props.filter((prop) => prop.unique === true && prop.kind === "scalar").map((prop) => prop.name),
      check: (check) => {
        checkRanges(ranges, check);
        rules?.(check);
      },
      relations: Object.fromEntries(fields.filter((field) => field.target).map((field) => [field.property, field.target!.type])),
    });
  }
  return specs;
}
