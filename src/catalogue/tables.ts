import type { MetadataStorage } from "@mikro-orm/core";
import { nodeTypeOf, ordersOf } from "./node-types";
import { relationFields } from "./relation-fields";
import { DERIVED_FIELDS } from "./derived-fields";
import { entities } from "./entities";
import { EDGE_IRI_FIELD, edgeIdentities } from "./edge-identity";
import { describeTable, type Table } from "./table";
import { type EntityClass } from "./catalogue.types";

/** Table descriptions, built once per ORM (they only depend on the metadata and the catalogue). */
export class Tables {
  private readonly byEntity = new Map<EntityClass, Table>();

  constructor(metadata: MetadataStorage) {
    for (const entity of entities) {
      // a relation field to one row reads the foreign key of the same name
      const dependencies = new Map<string, readonly string[]>([
        ...relationFields().flatMap((field) =>
          field.kind === "one" && field.owner === entity ? [[field.name, [field.key]] as const] : [],
        ),
        // a derived field (a coding, identifiers) reads the columns it is computed from
        ...DERIVED_FIELDS.flatMap((field) => (field.owner === entity ? [[field.name, field.reads] as const] : [])),
        // an edge's IRI is made of its key: its ends and the facts that tell its edges apart
        ...edgeIdentities().flatMap((identity) =>
          identity.declaration.edge === entity
            ? [[EDGE_IRI_FIELD, identity.parts.map((part) => (part.kind === "end" ? part.key : part.property))] as const]
            : [],
        ),
      ]);
      this.byEntity.set(entity, describeTable(metadata, entity, nodeTypeOf(entity), ordersOf(entity), dependencies));
    }
  }

  of(entity: EntityClass): Table {
    const table = this.byEntity.get(entity);
    if (!table) throw new Error(`${entity.name} is not a registered entity`);
    return table;
  }
}
