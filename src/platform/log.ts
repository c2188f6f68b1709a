import pino from "pino";

/** The server's log: JSON lines on stdout (pino). Nothing a client submitted is ever written to it. */
export const log = pino({ level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"), base: undefined });

/**
 * What may be logged of an unexpected error: its kind and where it happened, never its message. Driver
 * and ORM messages quote the SQL with the submitted values (names, e-mail addresses) in it.
 */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const details = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; routine?: unknown };
  const own = error.constructor?.name ?? error.name;
  // our own bugs (TypeError, ...) carry no submitted values in their messages; keep their stack
  const ours = error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError;
  return {
    kind: own,
    ...(typeof details.code === "string" ? { sqlState: details.code } : {}),
    ...(typeof details.constraint === "string" ? { constraint: details.constraint } : {}),
    ...(typeof details.table === "string" ? { table: details.table } : {}),
    ...(ours ? { message: error.message, stack: error.stack } : {}),
  };
}
