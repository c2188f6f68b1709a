import type { Setting } from "../../platform/settings";

/** Bounds on live subscriptions (graphql-ws), each from the environment. */
export const SUBSCRIPTION_SETTINGS = {
  perConnection: {
    env: "SUBSCRIPTIONS_PER_CONNECTION",
    default: 20,
    meaning: "subscriptions one WebSocket connection may have open at once",
  },
  perClient: {
    env: "SUBSCRIPTIONS_PER_CLIENT",
    default: 100,
    meaning: "subscriptions one client (token subject, else address) may have open at once on one replica, over all its connections",
  },
  socketsPerAddress: {
    env: "SUBSCRIPTION_SOCKETS_PER_ADDRESS",
    default: 50,
    meaning:
      "WebSocket connections one client address may hold open at once on one replica; more are refused (HTTP 429) before the upgrade",
  },
  messagesPer10Seconds: {
    env: "SUBSCRIPTION_MESSAGES_PER_10S",
    default: 30,
    meaning: "messages one WebSocket connection may send in 10 seconds; a connection that sends more is closed (4429)",
  },
  maxCost: {
    env: "SUBSCRIPTION_MAX_COST",
    default: 20_000,
    meaning: "estimated cost of one subscription's event (its selection); a costlier subscription is refused when it starts",
  },
  networkFiltersPerClient: {
    env: "SUBSCRIPTION_NETWORK_FILTERS_PER_CLIENT",
    default: 3,
    meaning: "distinct `networkChanged` arguments one client may watch at once on one replica",
  },
  networkFilters: {
    env: "SUBSCRIPTION_NETWORK_FILTERS",
    default: 30,
    meaning: "distinct `networkChanged` arguments (per visibility) one replica watches at once, over all clients",
  },
  networkIntervalMs: {
    env: "SUBSCRIPTION_NETWORK_INTERVAL_MS",
    default: 1_000,
    meaning: "a watched network is computed again at most once in this many milliseconds, however many writes come",
  },
  connectionInitTimeoutMs: {
    env: "SUBSCRIPTION_INIT_TIMEOUT_MS",
    default: 3_000,
    meaning: "milliseconds a new WebSocket may take to send `connection_init` before it is closed (4408)",
  },
} satisfies Record<string, Setting>;

export type SubscriptionSettings = { [K in keyof typeof SUBSCRIPTION_SETTINGS]: number };
