// The explorer is a client of the public API like any other: POST /graphql, its operations persisted by
// hash (automatic persisted queries), a bearer token only when the person signed in.
import { readToken } from "./sign-in-store";

/** A field problem of a refused input (`extensions.problems`): a client says it in its own words by `code`. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
  limit?: number;
}

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; problems?: FieldProblem[]; retryAfterSeconds?: number };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly extensions: GraphQLErrorShape["extensions"] = {},
  ) {
    super(message);
  }
}

const ENDPOINT = "/graphql";

/** SHA-256 of each operation's text by its name, computed when the explorer was built (web/build.mjs). */
declare const OPERATION_HASHES: Record<string, string>;

function hashOf(document: string): string | null {
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(document)?.[1];
  return (name && OPERATION_HASHES[name]) || null;
}

async function post(body: Record<string, unknown>): Promise<{ data?: any; errors?: GraphQLErrorShape[] }> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
  };
  const token = readToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(ENDPOINT, { method: "POST", headers, body: JSON.stringify(body) });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(`HTTP ${response.status}`, `HTTP_${response.status}`);
  }
}

/**
 * Runs a named operation. The first try sends only the document's SHA-256 (automatic persisted queries);
 * when the server does not know it yet, the document follows and is remembered by the server.
 */
export async function request<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const hash = hashOf(document);
  let answer = hash ? await post({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) : null;
  const unknownHash = answer?.errors?.some(
    (error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND" || error.extensions?.code === "PERSISTED_QUERY_NOT_SUPPORTED",
  );
  if (!answer || unknownHash)
    answer = await post({
      query: document,
      variables,
      ...(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : {}),
    });
  if (answer.errors?.length)
    throw new ApiError(
      answer.errors.map((error) => error.message).join("; "),
      answer.errors[0]?.extensions?.code,
      answer.errors[0]?.extensions,
    );
  return answer.data as T;
}
