import type { Tables } from "../catalogue/tables";
import type { Loaders } from "./loaders";
import type { Projection } from "./projection";
import type { SqlRunner } from "./sql-runner";

/** What a read needs of its request: the viewer's SQL runner, the request's loaders, the tables and the fields asked for. */
export interface ReadSession {
  sql: SqlRunner;
  loaders: Loaders;
  tables: Tables;
  /** The fields this request asks for per type; loaders select only those columns. */
  projection: Projection;
}
