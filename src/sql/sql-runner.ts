import type { Row } from "../catalogue/table";
import { createHash } from "node:crypto";
import type { Knex } from "@mikro-orm/knex";
import type { Pool } from "pg";
import { userError } from "../platform/errors";
import { log } from "../platform/log";
import type { CompiledStatement } from "./compiled-statement";
import { combineStatements, compileOnce, type CombinedStatement } from "./compiled-statement";
import { approximateBytes } from "../platform/approximate-bytes";

/** Runs read statements and counts them: the count is what the statement tests assert. */
export interface SqlRunner {
  /** A statement compiled once per access path, with this run's values. */
  run(statement: CompiledStatement, values: Readonly<Record<string, unknown>>): Promise<Row[]>;
  /**
   * A statement compiled once, sent on its own: for statements of many rows (a graph walk's hop), which a
   * combination with the statements of the same tick would return as JSON, one object per row.
   */
  runAlone(statement: CompiledStatement, values: Readonly<Record<string, unknown>>): Promise<Row[]>;
  /**
   * `count` rows of one shape (`each`) read without a statement (a walk's hops from the graph in memory), counted
   * as a statement returning them would be: the same bounds, and the same cost charged.
   */
  charge(count: number, each: Row): void;
  /** A one-off statement: raw SQL with knex's `?` value and `??` identifier bindings, compiled by knex. */
  raw(sql: string, bindings?: readonly unknown[]): Promise<Row[]>;
  /** A one-off statement built with knex's query builder. */
  query(builder: Knex.QueryBuilder): Promise<Row[]>;
  /** MikroORM's knex, to build statements with. */
  readonly knex: Knex;
  /** Statements this runner has sent so far. */
  readonly count: number;
  /** Rows those statements returned (what a request actually read: its actual cost). */
  readonly rows: number;
  /** Rows the request may still read before RESULT_TOO_LARGE (infinite without a bound). */
  readonly rowsLeft: number;
}

/** Read statements that take longer are logged (SLOW_STATEMENT_MS). */
export const DEFAULT_SLOW_STATEMENT_MS = 250;

/**
 * A runner over one read pool; the pool decides which rows are visible (see read-pools.ts). A request
 * that reads more than `maxRows` rows, or more than `maxBytes` of row data, in all is stopped with
 * RESULT_TOO_LARGE: the bound on what one request holds in memory, whatever the estimate of its cost said.
 */
export function createSqlRunner(
  poolOrChoice: Pool | (() => Promise<Pool>),
  knex: Knex,
  {
    maxRows = Number.POSITIVE_INFINITY,
    maxBytes = Number.POSITIVE_INFINITY,
    slowStatementMs = DEFAULT_SLOW_STATEMENT_MS,
  }: { maxRows?: number; maxBytes?: number; slowStatementMs?: number } = {},
): SqlRunner {
  let count = 0;
  let rows = 0;
  let bytes = 0;
  // with read replicas the pool is chosen at the first statement (once the operation is known: a mutation reads on the primary)
  let chosen: Promise<Pool> | undefined;
  const poolFor = () => (typeof poolOrChoice === "function" ? (chosen ??= poolOrChoice()) : Promise.resolve(poolOrChoice));
  /** Rows a request read, against its bounds (RESULT_MAX_ROWS, RESULT_MAX_BYTES). */
  const account = (result: readonly Row[] | { count: number; each: Row }) => {
    rows += "count" in result ? result.count : result.length;
    if (rows > maxRows) {
      throw userError(
        `This request reads more than ${maxRows} rows; ask for fewer items per list (\`first\`) or fewer nested lists.`,
        { maximumRows: maxRows },
        "RESULT_TOO_LARGE",
      );
    }
    if (maxBytes !== Number.POSITIVE_INFINITY) {
      // as an array of `count` such rows would count
      bytes += "count" in result ? 2 + result.count * (1 + approximateBytes(result.each)) : approximateBytes(result, maxBytes - bytes);
      if (bytes > maxBytes) {
        throw userError(
          `This request reads more than ${maxBytes} bytes of data; ask for fewer items per list (\`first\`), fewer nested lists or fewer long text fields.`,
          { maximumBytes: maxBytes },
          "RESULT_TOO_LARGE",
        );
      }
    }
  };
  /** Sends one statement and returns its rows, not yet counted against the request's bounds (`account`). */
  const sendUncounted = async (text: string, params: unknown[], rowsIn = (result: readonly Row[]) => result.length) => {
    // PostgreSQL text cannot hold NUL; without this check such input became a protocol error (found by the fuzz test)
    const hasNul = (param: unknown): boolean =>
      typeof param === "string" ? param.includes("\u0000") : Array.isArray(param) && param.some(hasNul);
    if (params.some(hasNul)) {
      throw userError("Text arguments may not contain NUL (\\u0000) characters.");
    }
    count += 1;
    // a named statement is parsed and planned once per connection (a view's semi-joins cost more to plan than to run)
    const name = statementName(text);
    const pool = await poolFor();
    const started = performance.now();
    const result = (await pool.query(name ? { name, text, values: params } : { text, values: params })).rows as Row[];
    const took = performance.now() - started;
    // the text holds placeholders, never values: what was asked stays out of the log
    if (took >= slowStatementMs)
      log.warn({ slowStatementMs: Math.round(took), rows: rowsIn(result), statement: text.slice(0, 2000) }, "slow read statement");
    return result;
  };
  const send = async (text: string, params: unknown[]) => {
    const result = await sendUncounted(text, params);
    account(result);
    return result;
  };
  // statements sent in the same tick (the loaders of one level) go to PostgreSQL as one
  type Pending = {
    statement: CompiledStatement;
    values: Readonly<Record<string, unknown>>;
    resolve: (rows: Row[]) => void;
    reject: (error: unknown) => void;
  };
  let pending: Pending[] = [];
  const sendAlone = (entry: Pending) => {
    Promise.resolve()
      .then(() => send(entry.statement.text, entry.statement.bind(entry.values)))
      .then(entry.resolve, entry.reject);
  };
  const flush = () => {
    const batch: Pending[] = [];
    // one statement twice in a tick (two slices of one path) cannot share a combination: the second goes alone
    for (const entry of pending) batch.some((other) => other.statement === entry.statement) ? sendAlone(entry) : batch.push(entry);
    pending = [];
    if (batch.length === 1) return sendAlone(batch[0]!);
    let combined: CombinedStatement;
    let params: unknown[];
    try {
      combined = combinedStatement(
        knex,
        batch.map((entry) => entry.statement),
      );
      params = combined.bind(batch.map((entry) => entry.values));
    } catch (error) {
      for (const entry of batch) entry.reject(error);
      return;
    }
    const rejectAll = (error: unknown) => batch.forEach((entry) => entry.reject(error));
    sendUncounted(combined.text, params, rowsOfParts).then((rows) => {
      // a row per statement, its rows in one JSON array (null when it has none)
      const parts = batch.map((): Row[] => []);
      try {
        for (const row of rows) account((parts[row.__statement] = row.__rows ?? []));
      } catch (error) {
        return rejectAll(error);
      }
      batch.forEach((entry, index) => entry.resolve(parts[index]!));
    }, rejectAll);
  };
  return {
    run: (statement, values) =>
      new Promise<Row[]>((resolve, reject) => {
        if (pending.length === 0) process.nextTick(flush);
        pending.push({ statement, values, resolve, reject });
      }),
    runAlone: (statement, values) => send(statement.text, statement.bind(values)),
    charge: (count, each) => account({ count, each }),
    raw: (sql, bindings = []) => {
      const { text, params } = compileOnce(knex.raw(sql, bindings as Knex.RawBinding[]));
      return send(text, params);
    },
    query: (builder) => {
      const { text, params } = compileOnce(builder);
      return send(text, params);
    },
    knex,
    get count() {
      return count;
    },
    get rowsLeft() {
      return maxRows - rows;
    },
    get rows() {
      return rows;
    },
  };
}

/** The rows a combined statement returned: each of its rows holds one statement's rows as an array. */
const rowsOfParts = (parts: readonly Row[]) => parts.reduce((sum, part) => sum + (part.__rows?.length ?? 0), 0);

const combined = new Map<string, CombinedStatement>();

/** The statement several compiled statements make together, built once per combination. */
function combinedStatement(knex: Knex, statements: CompiledStatement[]): CombinedStatement {
  const key = statements.map((statement) => statement.text).join("\u0000");
  let statement = combined.get(key);
  if (!statement) {
    if (combined.size >= 500) combined.clear();
    statement = combineStatements(knex, statements);
    combined.set(key, statement);
  }
  return statement;
}

/**
 * Statement texts vary with the fields a request asks for (only those columns are read), so not every
 * text can be prepared: each prepared statement holds memory in every read connection. A text is prepared
 * once it has been seen a few times, and at most PREPARED_MAX of them ever are: the hot access paths of
 * dashboards and clients, not whatever shapes a hostile client invents (5,000 fuzz operations: 1,678 texts).
 */
const PREPARED_MAX = 64;
const PREPARE_AFTER_USES = 3;
const prepared = new Map<string, string>();
const uses = new Map<string, number>();

/** How many statement texts are prepared (on each read connection that has run them). */
export function preparedStatementCount(): number {
  return prepared.size;
}

/** The prepared statement's name for a text, or undefined to run it unnamed. */
function statementName(text: string): string | undefined {
  const name = prepared.get(text);
  if (name || prepared.size >= PREPARED_MAX) return name;
  const count = (uses.get(text) ?? 0) + 1;
  if (count < PREPARE_AFTER_USES) {
    if (uses.size >= 10_000) uses.clear();
    uses.set(text, count);
    return undefined;
  }
  uses.delete(text);
  const created = `ipo_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
  prepared.set(text, created);
  return created;
}

/** A PostgreSQL array literal for integer keys: bound as one parameter, cast with `::int[]`. */
export function intArray(values: readonly number[]): string {
  return `{${values.map((value) => Math.trunc(value)).join(",")}}`;
}

/** A PostgreSQL array literal for text keys: bound as one parameter, cast with `::text[]`. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}
