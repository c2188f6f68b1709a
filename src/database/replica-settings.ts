import type { Setting } from "../platform/settings";

/** How reads use the streaming replicas of DATABASE_READ_URLS, each from the environment. */
export const REPLICA_SETTINGS = {
  readAfterWaitMs: {
    env: "READ_AFTER_WAIT_MS",
    default: 500,
    meaning: "milliseconds a read that sends `x-ipo-read-after` waits for a replica to replay that commit before it goes to the primary",
  },
  maxLagSeconds: {
    env: "REPLICA_MAX_LAG_SECONDS",
    default: 30,
    meaning: "a replica whose last replayed transaction is older than this, while the primary has moved on, takes no reads",
  },
  checkEveryMs: { env: "REPLICA_CHECK_MS", default: 250, meaning: "milliseconds between checks of each replica's replay position" },
} satisfies Record<string, Setting>;

export type ReplicaSettings = { [K in keyof typeof REPLICA_SETTINGS]: number };

/** DATABASE_READ_URLS: comma-separated PostgreSQL URLs of streaming replicas (hot standbys) of DATABASE_URL. */
export function readReplicaUrls(value: string | undefined): string[] {
  const urls = (value ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  for (const url of urls) {
    try {
      new URL(url);
    } catch {
      throw new Error(`DATABASE_READ_URLS holds "${url.replace(/:[^:@/]*@/, ":***@")}", which is not a URL`);
    }
  }
  return urls;
}
