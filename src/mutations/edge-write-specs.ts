import type { MetadataStorage } from "@mikro-orm/core";
import { Affiliation } from "../entities/affiliation.entity";
import { ExperimentCareTransition } from "../entities/experiment-care-transition.entity";
import { ExperimentInstitution } from "../entities/experiment-institution.entity";
import { ExperimentPerson } from "../entities/experiment-person.entity";
import { ExperimentRelation } from "../entities/experiment-relation.entity";
import { ExperimentSpecialty } from "../entities/experiment-specialty.entity";
import type { EntityClass } from "../loaders/table";
import { entityMetadata } from "../schema/entity-metadata";
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

const EDGES: Array<{ entity: EntityClass; label: string }> = [
  { entity: ExperimentInstitution, label: "an institution's part in an experiment" },
  { entity: ExperimentPerson, label: "a person's role in an experiment" },
  { entity: ExperimentSpecialty, label: "a specialty's participation in an experiment" },
  { entity: ExperimentRelation, label: "a relation between two experiments" },
  { entity: ExperimentCareTransition, label: "a care transition an experiment addresses" },
  { entity: Affiliation, label: "a person's position at an institution" },
];

let cached: EdgeWriteSpec[] | undefined;

/** How each edge type is written, derived once from the entities' metadata. */
export function edgeWriteSpecs(): EdgeWriteSpec[] {
  cached ??= buildEdgeWriteSpecs(entityMetadata());
  return cached;
}

function buildEdgeWriteSpecs(metadata: MetadataStorage): EdgeWriteSpec[] {
  return EDGES.map(({ entity, label }) => {
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
        if (sameType && values[ends[0].property] !== undefined && values[ends[0].property] === values[ends[1].property]) problems.add(ends[1].inputName, `may not be the same as ${ends[0].inputName}`);
      },
    };
  });
}
