import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122130759 } from "./Migration20261122130759";
import { Migration20261122135558 } from "./Migration20261122135558";
import { Migration20261122144313 } from "./Migration20261122144313";
import { Migration20261122145441 } from "./Migration20261122145441";
import { Migration20261122145442 } from "./Migration20261122145442";
import { Migration20261201120000 } from "./Migration20261201120000";
import { Migration20261201211942 } from "./Migration20261201211942";
import { Migration20261201224833 } from "./Migration20261201224833";
import { Migration20261202011000 } from "./Migration20261202011000";
import { Migration20261202013414 } from "./Migration20261202013414";
import { Migration20261202014730 } from "./Migration20261202014730";
import { Migration20261202015310 } from "./Migration20261202015310";
import { Migration20261202043000 } from "./Migration20261202043000";
import { Migration20261204223910 } from "./Migration20261204223910";
import { Migration20261205013000 } from "./Migration20261205013000";

/**
 * Every migration, in order. Listed explicitly so the compiled server and the ts-jest suite
 * apply the same set; `npm run migration:create` writes a new file here and adds it to this list.
 */
export const migrationsList: MigrationObject[] = [
  { name: "Migration20261122130759", class: Migration20261122130759 },
  { name: "Migration20261122135558", class: Migration20261122135558 },
  { name: "Migration20261122144313", class: Migration20261122144313 },
  { name: "Migration20261122145441", class: Migration20261122145441 },
  { name: "Migration20261122145442", class: Migration20261122145442 },
  { name: "Migration20261201120000", class: Migration20261201120000 },
  { name: "Migration20261201211942", class: Migration20261201211942 },
  { name: "Migration20261201224833", class: Migration20261201224833 },
  { name: "Migration20261202011000", class: Migration20261202011000 },
  { name: "Migration20261202013414", class: Migration20261202013414 },
  { name: "Migration20261202014730", class: Migration20261202014730 },
  { name: "Migration20261202015310", class: Migration20261202015310 },
  { name: "Migration20261202043000", class: Migration20261202043000 },
  { name: "Migration20261204223910", class: Migration20261204223910 },
  { name: "Migration20261205013000", class: Migration20261205013000 },
];
