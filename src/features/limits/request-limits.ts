import { readSettings } from "../../platform/settings";

/**
 * Every bound on one request, in one place: the defaults, the environment variable that overrides each,
 * and what it means. The server, the README's "Bounds" table and the tests read them from here.
 */
export const REQUEST_LIMIT_SETTINGS = {
  maxDocumentBytes: {
    env: "QUERY_MAX_DOCUMENT_BYTES",
    default: 100_000,
    meaning: "bytes of a POSTed GraphQL document (comments count): a larger one is refused before it is parsed",
  },
  maxVariablesBytes: { env: "QUERY_MAX_VARIABLES_BYTES", default: 256 * 1024, meaning: "bytes of an operation's variables (as JSON)" },
  maxTokens: { env: "QUERY_MAX_TOKENS", default: 5_000, meaning: "lexical tokens in one GraphQL document (checked while parsing)" },
  maxSelections: {
    env: "QUERY_MAX_SELECTIONS",
    default: 5_000,
    meaning: "field selections once every fragment is spread where it is used (counted with fragments memoised)",
  },
  maxDepth: {
    env: "QUERY_MAX_DEPTH",
    default: 12,
    meaning: "nesting of fields (the 4-level walk experiments -> institutions -> experiments -> specialties is 9)",
  },
  maxAliases: { env: "QUERY_MAX_ALIASES", default: 30, meaning: "aliased fields per operation" },
  maxDirectives: { env: "QUERY_MAX_DIRECTIVES", default: 50, meaning: "directives per operation" },
  maxCost: {
    env: "QUERY_MAX_COST",
    default: 2_000_000,
    meaning: "estimated cost: each field 1, times what its list parents may return (`first`, or its default when left out)",
  },
  maxRepresentations: {
    env: "ENTITIES_MAX_REPRESENTATIONS",
    default: 1_000,
    meaning: "representations in one federation `_entities` call",
  },
  maxRowsPerRequest: { env: "RESULT_MAX_ROWS", default: 50_000, meaning: "rows one request may read from PostgreSQL" },
  maxResponseBytes: {
    env: "RESPONSE_MAX_BYTES",
    default: 8 * 1024 * 1024,
    meaning:
      "bytes of one answer's data as JSON (a row repeated in many places counts every time); a larger answer is replaced by RESULT_TOO_LARGE before it is written",
  },
  maxBytesPerRequest: {
    env: "RESULT_MAX_BYTES",
    default: 16 * 1024 * 1024,
    meaning: "bytes of row data one request may read from PostgreSQL (as JSON: text and column names by their length, other values 8 each)",
  },
} as const;

export type RequestLimits = { [K in keyof typeof REQUEST_LIMIT_SETTINGS]: number };

export const DEFAULT_REQUEST_LIMITS: RequestLimits = readSettings(REQUEST_LIMIT_SETTINGS, {});
