import { COMMIT_LSN_HEADER, READ_AFTER_HEADER, READ_SOURCE_HEADER } from "./read-routing.plugin";
import cors from "cors";
import { type HttpStep, sendJson } from "./http-step";

/**
 * Which browser origins may call the API. Tokens travel in the `Authorization` header, never in cookies,
 * so no credentials mode is offered (`Access-Control-Allow-Credentials` is never sent): a page on an
 * allowed origin sends its bearer token itself.
 */
export interface CorsPolicy {
  /** Exact origins, e.g. `https://dashboard.example.nl`. */
  origins: readonly string[];
  /** Every origin (`CORS_ORIGINS=*`): anonymous reads for any page. */
  any: boolean;
  /** Any `http(s)://localhost`, `127.0.0.1` or `[::1]` origin, whatever the port: the default in development. */
  localhost: boolean;
}

/** The headers browsers may send: what Apollo Client, Relay, urql and fetch-based dashboards use. */
export const CORS_ALLOWED_HEADERS = [
  "content-type",
  "authorization",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  READ_AFTER_HEADER,
];
/** The response headers scripts may read: when to retry after 429/503, and a mutation's commit position. */
const CORS_EXPOSED_HEADERS = ["retry-after", COMMIT_LSN_HEADER, READ_SOURCE_HEADER];
/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = 600;

/** `CORS_ORIGINS`: a comma-separated list of origins, or `*`; unset: none in production, localhost in development. */
export function readCorsPolicy(value: string | undefined, production: boolean): CorsPolicy {
  if (value === undefined || value.trim() === "") return { origins: [], any: false, localhost: !production };
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.includes("*")) return { origins: [], any: true, localhost: false };
  for (const entry of entries) {
    let origin: string | undefined;
    try {
      origin = new URL(entry).origin;
    } catch {
      origin = undefined;
    }
    if (origin !== entry)
      throw new Error(`CORS_ORIGINS: "${entry}" is not an origin (scheme, host and port only, e.g. https://dashboard.example.nl)`);
  }
  return { origins: entries, any: false, localhost: false };
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function allows(policy: CorsPolicy, origin: string): boolean {
  if (policy.any || policy.origins.includes(origin)) return true;
  if (!policy.localhost) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && LOCAL_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

/**
 * CORS for `/graphql` (the `cors` package): allowed origins get their origin back with the methods and
 * headers above; any other origin gets no CORS header at all, and its preflight a 403 that says why.
 */
export function corsSteps(policy: CorsPolicy): HttpStep[] {
  const handler = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allows(policy, origin)),
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE,
    credentials: false,
  });
  const refusePreflight: HttpStep = (request, response, next) => {
    if (request.method !== "OPTIONS") return next();
    if (request.headers.origin === undefined) {
      response.statusCode = 204;
      return void response.end();
    }
    sendJson(response, 403, {
      errors: [
        {
          message: `Origin ${request.headers.origin} may not call this API from a browser; the server's CORS_ORIGINS lists the origins that may.`,
          extensions: { code: "CORS_ORIGIN_NOT_ALLOWED" },
        },
      ],
    });
  };
  return [handler, refusePreflight];
}
