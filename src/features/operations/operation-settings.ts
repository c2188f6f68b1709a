/** Persisted operations, the response cache and HTTP caching: their defaults and the environment variables that change them. */
export const OPERATION_SETTINGS = {
  apqTtlSeconds: {
    env: "APQ_TTL_SECONDS",
    default: 86_400,
    meaning: "how long a document registered by automatic persisted queries is kept after its last registration",
  },
  apqMaxEntries: {
    env: "APQ_MAX_ENTRIES",
    default: 10_000,
    meaning: "at most this many such documents are kept (the soonest to expire go first)",
  },
  apqMaxBytes: {
    env: "APQ_MAX_BYTES",
    default: 32 * 1024,
    meaning: "bytes of one document registered by automatic persisted queries; a larger one runs but is not kept",
  },
  apqMaxTotalBytes: {
    env: "APQ_MAX_TOTAL_BYTES",
    default: 64 * 1024 * 1024,
    meaning: "bytes of all such documents kept together (the soonest to expire go first; trusted documents are never counted or dropped)",
  },
  responseCacheBytes: {
    env: "RESPONSE_CACHE_BYTES",
    // 21 MB of kept answers took a server under the heap cap of `npm start` to 198 MB of peak RSS
    default: 16 * 1024 * 1024,
    meaning: "bytes of query answers the response cache keeps in memory per replica (the least recently used go first)",
  },
  responseCacheTtlSeconds: {
    env: "RESPONSE_CACHE_TTL_SECONDS",
    default: 600,
    meaning:
      "how long a kept answer is served at most; every write heard empties the cache sooner (this bounds only writes made outside the API)",
  },
  httpCacheMaxAgeSeconds: { env: "HTTP_CACHE_MAX_AGE_SECONDS", default: 60, meaning: "`max-age` of an anonymous GET query's answer" },
} as const;

export type OperationSettings = { [K in keyof typeof OPERATION_SETTINGS]: number };

/** `off` (the default): any valid operation. `only`: registered (trusted) operations only, except in development. */
export type TrustedDocumentsMode = "off" | "only";

export function readTrustedDocumentsMode(value: string | undefined): TrustedDocumentsMode {
  if (value === undefined || value === "" || value === "off") return "off";
  if (value === "only") return "only";
  throw new Error(`TRUSTED_DOCUMENTS must be "off" or "only", got "${value}"`);
}
