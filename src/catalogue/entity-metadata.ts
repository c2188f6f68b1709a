import type { MetadataStorage } from "@mikro-orm/core";
import { MikroORM } from "@mikro-orm/postgresql";
import { createOrmConfig } from "../database/mikro-orm.config";

let discovered: MetadataStorage | undefined;

/**
 * The entities' discovered metadata, without a database: the schema derives its mutation inputs from it
 * and is built (and printed) whether or not a database is reachable.
 */
export function entityMetadata(): MetadataStorage {
  if (!discovered) {
    const orm = MikroORM.initSync({ ...createOrmConfig("postgresql://schema-only@localhost/none"), connect: false });
    discovered = orm.getMetadata();
    void orm.close(true);
  }
  return discovered;
}
