import { createHash } from "node:crypto";
import type { Pool } from "pg";
import { userError } from "../errors";

export type Row = Record<string, any>;

/** Runs one read statement (`?` placeholders) and counts it: the count is what the statement tests assert. */
export interface SqlRunner {
  (sql: string, params?: unknown[]): Promise<Row[]>;
  /** Statements this runner has sent so far. */
  readonly count: number;
}

/**
 * A runner over one read pool; the pool decides which rows are visible (see read-pools.ts). A request
 * that reads more than `maxRows` rows in all is stopped with RESULT_TOO_LARGE: the bound on what one
 * response can hold, whatever the estimate of its cost said.
 */
export function createSqlRunner(pool: Pool, { maxRows = Number.POSITIVE_INFINITY }: { maxRows?: number } = {}): SqlRunner {
  let count = 0;
  let rows = 0;
  const run = async (sql: string, params: unknown[] = []) => {
    // PostgreSQL text cannot hold NUL; without this check such input became a protocol error (found by the fuzz test)
    if (params.some((param) => typeof param === "string" && param.includes("\u0000"))) {
      throw userError("Text arguments may not contain NUL (\\u0000) characters.");
    }
    count += 1;
    let index = 0;
    // the SQL is ours, never user text, so every `?` is a placeholder
    const text = sql.replace(/\?/g, () => `$${++index}`);
    // named, so each connection parses and plans an access path once and then reuses it (a view's semi-joins cost more to plan than to run)
    const result = (await pool.query({ name: statementName(text), text, values: params })).rows as Row[];
    rows += result.length;
    if (rows > maxRows) {
      throw userError(`This request reads more than ${maxRows} rows; ask for fewer items per list (\`first\`) or fewer nested lists.`, { maximumRows: maxRows }, "RESULT_TOO_LARGE");
    }
    return result;
  };
  return Object.defineProperty(run, "count", { get: () => count }) as SqlRunner;
}

const names = new Map<string, string>();

/** A prepared statement's name for a text: the same text, the same name, on every connection. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `ipo_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    if (names.size < 10_000) names.set(text, name);
  }
  return name;
}

/** A PostgreSQL array literal for integer keys: bound as one parameter, cast with `::int[]`. */
export function intArray(values: readonly number[]): string {
  return `{${values.map((value) => Math.trunc(value)).join(",")}}`;
}
