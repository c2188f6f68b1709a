import { ProblemCode } from "../../platform/problem-code";
import type { MetadataStorage } from "@mikro-orm/core";
import { EDGES } from "../../catalogue/relations";
import { entityMetadata } from "../../catalogue/entity-metadata";
import type { WriteSpec } from "./node-write-specs";
import { writableFields, type WritableField } from "./writable-fields";

/** An edge type that carries facts: its two ends, its facts, and the fields that identify one edge. */
export interface EdgeWriteSpec extends WriteSpec {
  /** The two references, in the order the edge reads (experiment first). */
  ends: [WritableField, WritableField];
  /** Fields (ends included) that identify one edge, from its unique constraint: what `unlink` takes. */
  key: WritableField[];
  /** What the mutation names and descriptions call it. */
  label: string;
}

let cached: EdgeWriteSpec[] | undefined;

/** How each edge type is written, derived once from the entities' metadata. */
export function edgeWriteSpecs(): EdgeWriteSpec[] {
  cached ??= buildEdgeWriteSpecs(entityMetadata());
  return cached;
}

function buildEdgeWriteSpecs(metadata: MetadataStorage): EdgeWriteSpec[] {
  return EDGES.map(({ edge: entity, label }) => {
    const meta = metadata.get(entity.name);
    const fields = writableFields(metadata, entity);
    const ends = fields.filter((field) => field.kind === "reference") as [WritableField, WritableField];
    const uniqueProperties = meta.uniques[0]?.properties;
    const unique = (Array.isArray(uniqueProperties) ? uniqueProperties : uniqueProperties ? [uniqueProperties] : []) as string[];
    return {
      type: entity.name,
      entity,
      table: meta.tableName,
      fields,
      uniqueProperties: [],
      ends,
      key: fields.filter((field) => unique.includes(field.property)),
      label,
      check: ({ values, problems }) => {
        const sameType = ends[0].target!.type === ends[1].target!.type;
        if (sameType && values[ends[0].property] !== undefined && values[ends[0].property] === values[ends[1].property])
          problems.add(ends[1].inputName, ProblemCode.SAME_ENDS, `may not be the same as ${ends[0].inputName}`);
      },
    };
  });
}
