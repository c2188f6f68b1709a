import Negotiator from "negotiator";
import type { ServerResponse } from "node:http";
import { answerKey, documentHash, type ResponseCache } from "../features/response-cache/response-cache";
import type { RateLimiter } from "../features/limits/rate-limiter";
import type { AppContext } from "../request/context";
import { chargeAndReport } from "./cost-report.plugin";
import type { EarlyAnswer } from "./graphql-endpoint";
import type { HttpRequest } from "./http-step";
import { loggableOperationName } from "./request-log";
import { READ_AFTER_HEADER } from "./read-routing.plugin";
import { RESPONSE_CACHE_HEADER, servedExtension } from "./response-cache.plugin";
import { getAnswerCaching } from "./http-cache.plugin";

/** The answer types of a single result, as Apollo Server offers them (its third, the callback spec, is left to it). */
const JSON_TYPE = "application/json; charset=utf-8";
const GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json; charset=utf-8";
const OFFERED = [JSON_TYPE, GRAPHQL_RESPONSE_TYPE, "application/json; callbackSpec=1.0; charset=utf-8"];
const HTML_TYPE = "text/html";

/** The query a request's body asks, when it is one this path may answer. */
export interface PlainQuery {
  /** The document's sha-256 in hex (`documentHash`), computed from its text or named by a persisted query. */
  document: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | null | undefined;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The hash of a persisted query sent alone (`{ persistedQuery: { version: 1, sha256Hash } }`, no other extension). */
function persistedHashOf(extensions: unknown): string | undefined {
  if (!extensions || typeof extensions !== "object" || Object.keys(extensions).length !== 1) return undefined;
  const persisted = (extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } }).persistedQuery;
  if (!persisted || persisted.version !== 1 || typeof persisted.sha256Hash !== "string") return undefined;
  return SHA256_HEX.test(persisted.sha256Hash) ? persisted.sha256Hash : undefined;
}

/** A GET's parameter holding JSON (`variables`, `extensions`): its value, undefined when absent, `INVALID` when not JSON. */
const INVALID = Symbol("invalid");
function jsonParameter(params: URLSearchParams, name: string): unknown {
  const text = params.get(name);
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

/** What a request asks, as Apollo Server reads it: a POSTed JSON object, or a GET's parameters. */
function askedFields(request: HttpRequest): Record<string, unknown> | undefined {
  if (request.method === "POST") {
    const body = request.body as Record<string, unknown> | undefined;
    return body && typeof body === "object" && !Array.isArray(body) ? body : undefined;
  }
  if (request.method !== "GET") return undefined;
  const url = request.url ?? "";
  const params = new URLSearchParams(url.includes("?") ? url.slice(url.indexOf("?") + 1) : "");
  const fields = {
    query: params.get("query") ?? undefined,
    operationName: params.get("operationName") ?? undefined,
    variables: jsonParameter(params, "variables"),
    extensions: jsonParameter(params, "extensions"),
  };
  return fields.variables === INVALID || fields.extensions === INVALID ? undefined : fields;
}

/**
 * A POSTed JSON body or a GET's parameters with either the document's text or, alone, the hash of a persisted query
 * (a document with its hash goes through Apollo Server, which checks and registers it), at most an operation name and
 * variables, and no other extension. Anything else (batches, odd shapes, bad JSON) is left to Apollo Server, which
 * answers it or says what is wrong with it.
 */
export function plainQueryOf(request: HttpRequest): PlainQuery | undefined {
  if (request.headers[READ_AFTER_HEADER] !== undefined) return undefined;
  const fields = askedFields(request);
  if (!fields) return undefined;
  const { query, extensions, operationName, variables } = fields;
  let document: string | undefined;
  if (typeof query === "string" && query.length > 0 && extensions === undefined) document = documentHash(query);
  else if (query === undefined) document = persistedHashOf(extensions);
  if (document === undefined) return undefined;
  if (operationName != null && typeof operationName !== "string") return undefined;
  if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) return undefined;
  return { document, operationName, variables: variables as PlainQuery["variables"] };
}

/**
 * Answers a repeated query from the response cache before Apollo Server: a hit then costs the HTTP work, the
 * token, the rate limit and one copy of the kept bytes, not a pass through Apollo Server's request pipeline (which
 * parsed, validated, admitted and serialised the answer again: two thirds of a hit's CPU). What that pipeline gives a
 * served answer is given here the same way: the `x-ipo-response-cache` and `age` headers, `extensions.cost` (the
 * request charged), `extensions.responseCache`, the request log's role and operation name, the content type the
 * `accept` header asks for, and for a GET its HTTP caching (ETag, 304, cache-control). Returns false, having sent
 * nothing, when the query is not kept.
 */
export function cachedAnswers(
  cache: ResponseCache,
  options: {
    rateLimiter: RateLimiter;
    rowsPerPoint: number;
    reportSqlStatements: boolean;
    /** CSRF_PREVENTION: a GET then needs headers Apollo Server checks, so GETs are left to it. */
    csrfPrevention: boolean;
    /** Apollo Server shows a landing page to a browser's GET (outside production). */
    landingPage: boolean;
    /** `max-age` of an anonymous GET answer (http-cache.plugin.ts). */
    httpCacheMaxAgeSeconds: number;
  },
): EarlyAnswer {
  const { rateLimiter, rowsPerPoint, reportSqlStatements } = options;
  return (request) => {
    if (request.method === "GET" && options.csrfPrevention) return undefined;
    const accept = request.headers.accept;
    // a browser's GET may prefer Apollo Server's landing page, where it is on
    const offered = request.method === "GET" && options.landingPage ? [...OFFERED, HTML_TYPE] : OFFERED;
    const type = accept ? new Negotiator({ headers: { accept } }).mediaType(offered) : JSON_TYPE;
    // the page, the callback spec or nothing acceptable (406): Apollo Server's to answer
    if (type !== JSON_TYPE && type !== GRAPHQL_RESPONSE_TYPE) return undefined;
    const asked = plainQueryOf(request);
    return asked && ((response, context) => answerFromCache(asked, type, request, response, context));
  };
  function answerFromCache(asked: PlainQuery, type: string, request: HttpRequest, response: ServerResponse, context: AppContext): boolean {
    const answer = cache.answer(answerKey(asked.document, asked.operationName, asked.variables, context.viewer));
    if (!answer) return false;
    cache.count("hit");
    const served = servedExtension(answer);
    const extensions: Record<string, unknown> = {};
    if (reportSqlStatements) extensions.sqlStatements = 0;
    if (context.cost) context.cost.requested = answer.requested;
    const cost = chargeAndReport(rateLimiter, rowsPerPoint, context);
    if (cost) extensions.cost = cost;
    extensions.responseCache = served;
    if (context.record) {
      context.record.operationName = loggableOperationName(asked.operationName);
      context.record.role = context.viewer.role;
      context.record.statements = 0;
    }
    response.setHeader("age", String(served.ageSeconds));
    response.setHeader(RESPONSE_CACHE_HEADER, "hit");
    if (request.method === "GET") {
      const caching = getAnswerCaching(
        options.httpCacheMaxAgeSeconds,
        { authorization: request.headers.authorization, ifNoneMatch: request.headers["if-none-match"] },
        `{"data":${answer.data}}`,
      );
      for (const [name, value] of caching.headers) response.setHeader(name, value);
      if (caching.notModified) {
        response.statusCode = 304;
        response.end();
        return true;
      }
    }
    const body = `{"data":${answer.data},"extensions":${JSON.stringify(extensions)}}\n`;
    response.statusCode = 200;
    response.setHeader("content-type", type);
    response.setHeader("content-length", Buffer.byteLength(body));
    response.end(body);
    return true;
  }
}
