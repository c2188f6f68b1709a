import type { Setting } from "../limits/settings";

/** Bounds on live subscriptions (graphql-ws), each from the environment. */
export const SUBSCRIPTION_SETTINGS = {
  perConnection: { env: "SUBSCRIPTIONS_PER_CONNECTION", default: 20, meaning: "subscriptions one WebSocket connection may have open at once" },
  perClient: { env: "SUBSCRIPTIONS_PER_CLIENT", default: 100, meaning: "subscriptions one client (token subject, else address) may have open at once on one replica, over all its connections" },
  socketsPerAddress: { env: "SUBSCRIPTION_SOCKETS_PER_ADDRESS", default: 50, meaning: "WebSocket connections one client address may hold open at once on one replica; more are refused (HTTP 429) before the upgrade" },
  connectionInitTimeoutMs: { env: "SUBSCRIPTION_INIT_TIMEOUT_MS", default: 3_000, meaning: "milliseconds a new WebSocket may take to send `connection_init` before it is closed (4408)" },
} satisfies Record<string, Setting>;

export type SubscriptionSettings = { [K in keyof typeof SUBSCRIPTION_SETTINGS]: number };
