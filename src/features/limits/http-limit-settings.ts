import type { Setting } from "../../platform/settings";

/** Node's HTTP server timeouts, set on purpose rather than left at Node's defaults: how long a slow client may hold a connection. */
export const HTTP_LIMIT_SETTINGS = {
  headersTimeoutMs: {
    env: "HTTP_HEADERS_TIMEOUT_MS",
    default: 10_000,
    meaning: "milliseconds a client may take to send a request's headers",
  },
  requestTimeoutMs: {
    env: "HTTP_REQUEST_TIMEOUT_MS",
    default: 30_000,
    meaning: "milliseconds a client may take to send a whole request (headers and body; not the answer)",
  },
  keepAliveTimeoutMs: {
    env: "HTTP_KEEP_ALIVE_TIMEOUT_MS",
    default: 5_000,
    meaning: "milliseconds an idle kept-alive connection stays open",
  },
} satisfies Record<string, Setting>;

export type HttpLimits = { [K in keyof typeof HTTP_LIMIT_SETTINGS]: number };
