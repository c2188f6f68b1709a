import type { Projection } from "./projection";

/** How a request's loaders read. */
export interface LoaderOptions {
  /** false sends one statement per load: only for measuring what batching buys. */
  batch: boolean;
  /** Which columns of each table the request needs; every column when absent. */
  projection?: Projection;
}
