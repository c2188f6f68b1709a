import type { MetadataStorage } from "@mikro-orm/core";
import { nodeTypeOf, ordersOf } from "../catalogue/node-types";
import { entities } from "../entities";
import { describeTable, type EntityClass, type Table } from "./table";

/** Table descriptions, built once per ORM (they only depend on the metadata and the catalogue). */
export class Tables {
  private readonly byEntity = new Map<EntityClass, Table>();

  constructor(metadata: MetadataStorage) {
    for (const entity of entities) this.byEntity.set(entity, describeTable(metadata, entity, nodeTypeOf(entity), ordersOf(entity)));
  }

  of(entity: EntityClass): Table {
    const table = this.byEntity.get(entity);
    if (!table) throw new Error(`${entity.name} is not a registered entity`);
    return table;
  }
}
