import { Configuration, MetadataDiscovery, MetadataStorage } from "@mikro-orm/core";
import { PostgreSqlDriver } from "@mikro-orm/postgresql";
import { entities } from "./entities";

/** What MikroORM is told about the entities: the ORM (database/mikro-orm.config.ts) and `entityMetadata()` share it. */
export const ENTITY_DISCOVERY = {
  entities,
  discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
} as const;

let discovered: MetadataStorage | undefined;

/**
 * The entities' metadata as MikroORM discovers it (tables, columns, relations), read once without a database or
 * an ORM: the schema derives its mutation inputs from it and is built (and printed) whether or not a database
 * is reachable.
 */
export function entityMetadata(): MetadataStorage {
  if (!discovered) {
    const config = new Configuration({ driver: PostgreSqlDriver, ...ENTITY_DISCOVERY, entities: [...entities] }, false);
    discovered = new MetadataDiscovery(MetadataStorage.init(), config.getDriver().getPlatform(), config).discoverSync();
  }
  return discovered;
}
