import type { MetadataStorage } from "@mikro-orm/core";
import { entities } from "../entities";
import { nodeTypeOf } from "../entities/node-types";
import { describeTable, type EntityClass, type Table } from "./table";

/** Table descriptions, built once per ORM (they only depend on the metadata). */
export class Tables {
  private readonly byEntity = new Map<EntityClass, Table>();

  constructor(metadata: MetadataStorage) {
    for (const entity of entities) this.byEntity.set(entity, describeTable(metadata, entity, nodeTypeOf(entity)));
  }

  of(entity: EntityClass): Table {
    const table = this.byEntity.get(entity);
    if (!table) throw new Error(`${entity.name} is not a registered entity`);
    return table;
  }
}
