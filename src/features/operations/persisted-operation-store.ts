import { checkOut } from "../../database/checked-out";
import { TRUSTED_CHANNEL } from "../changes/change-feed";
import { InMemoryLRUCache, type KeyValueCache, PrefixingKeyValueCache } from "@apollo/utils.keyvaluecache";
import { createHash } from "node:crypto";
import type { Pool } from "pg";

/** The SHA-256 of a document's text, hex: its key in automatic persisted queries and in manifests. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** How stale the trusted set may be before it is read again (a document trusted meanwhile is looked up at once). */
const TRUSTED_REFRESH_MS = 30_000;
/** Expired and surplus registrations are cleared every this many registrations. */
const PRUNE_EVERY = 100;

export interface TrustedOperation {
  body: string;
  name: string | null;
}

export interface PersistedOperationStore {
  /** Apollo Server's cache for automatic persisted queries, over the table (shared by replicas, kept across restarts). */
  apqCache: KeyValueCache<string>;
  /** True when the document with this SHA-256 is trusted. */
  isTrusted(sha256: string): Promise<boolean>;
  /** Reads the trusted set again at the next lookup (another replica or the CLI changed it: a notification says so). */
  forgetTrusted(): void;
  /** Trusts these documents; with `replace`, distrusts every other. */
  trust(
    operations: readonly TrustedOperation[],
    options?: { replace?: boolean },
  ): Promise<{ added: number; alreadyTrusted: number; distrusted: number }>;
}

/**
 * Persisted operations in `ipo_limits.persisted_operation`. Why by hand: Apollo's cache interface is three
 * methods, and the Keyv PostgreSQL store would create its own table outside the migrations, with its own
 * pool; here the table is a migration's, the pool the one the rate limits use, and a trusted document is
 * never expired or evicted by an APQ registration.
 */
export function createPersistedOperationStore(
  pool: Pool,
  {
    ttlSeconds,
    maxEntries,
    maxBytes = Number.POSITIVE_INFINITY,
    maxTotalBytes = Number.POSITIVE_INFINITY,
  }: { ttlSeconds: number; maxEntries: number; maxBytes?: number; maxTotalBytes?: number },
): PersistedOperationStore {
  const bodies = new InMemoryLRUCache<string>({ maxSize: 8 * 1024 * 1024 });
  let trusted = new Set<string>();
  let trustedReadAt = 0;
  let registrations = 0;

  const readTrusted = async () => {
    const { rows } = await pool.query<{ sha256: string }>(`select "sha256" from "ipo_limits"."persisted_operation" where "trusted"`);
    trusted = new Set(rows.map((row) => row.sha256));
    trustedReadAt = Date.now();
  };

  const prune = async () => {
    await pool.query(`delete from "ipo_limits"."persisted_operation" where not "trusted" and "expires_at" < now()`);
    await pool.query(
      `delete from "ipo_limits"."persisted_operation" where "sha256" in (select "sha256" from "ipo_limits"."persisted_operation" where not "trusted" order by "expires_at" desc offset $1)`,
      [maxEntries],
    );
    if (Number.isFinite(maxTotalBytes)) {
      await pool.query(
        `delete from "ipo_limits"."persisted_operation" where "sha256" in (
           select "sha256" from (select "sha256", sum(octet_length("body")) over (order by "expires_at" desc, "sha256") as "kept" from "ipo_limits"."persisted_operation" where not "trusted") as "registered"
            where "kept" > $1)`,
        [maxTotalBytes],
      );
    }
  };

  const cache: KeyValueCache<string> = {
    async get(key) {
      if (!SHA256_HEX.test(key)) return undefined;
      const known = await bodies.get(key);
      if (known !== undefined) return known;
      // while the database cannot be reached, a miss: the client sends the whole document, which is answered 503
      const rows = await pool
        .query<{ body: string }>(
          `select "body" from "ipo_limits"."persisted_operation" where "sha256" = $1 and ("trusted" or "expires_at" > now())`,
          [key],
        )
        .then(
          (result) => result.rows,
          () => [],
        );
      if (rows[0]) await bodies.set(key, rows[0].body);
      return rows[0]?.body;
    },
    async set(key, value, options) {
      // Apollo has checked the hash against the text; checked again, since this writes to the database
      if (!SHA256_HEX.test(key) || sha256Hex(value) !== key) return;
      // a document larger than an entry may be runs once and is not kept: the next request sends it whole again
      if (Buffer.byteLength(value) > maxBytes) return;
      const ttl = Math.max(1, Math.min(options?.ttl ?? ttlSeconds, ttlSeconds));
      await pool.query(
        `insert into "ipo_limits"."persisted_operation" ("sha256", "body", "expires_at") values ($1, $2, now() + make_interval(secs => $3))
         on conflict ("sha256") do update set "expires_at" = excluded."expires_at" where not "persisted_operation"."trusted"`,
        [key, value, ttl],
      );
      await bodies.set(key, value);
      registrations += 1;
      if (registrations % PRUNE_EVERY === 0) await prune();
    },
    async delete(key) {
      await bodies.delete(key);
      if (SHA256_HEX.test(key))
        await pool.query(`delete from "ipo_limits"."persisted_operation" where "sha256" = $1 and not "trusted"`, [key]);
    },
  };

  return {
    // the table is ours alone: Apollo's "apq:" prefix would only make the keys longer
    apqCache: PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(cache),
    async isTrusted(sha256) {
      if (!SHA256_HEX.test(sha256)) return false;
      if (Date.now() - trustedReadAt > TRUSTED_REFRESH_MS) await readTrusted();
      if (trusted.has(sha256)) return true;
      const { rows } = await pool.query(`select 1 from "ipo_limits"."persisted_operation" where "sha256" = $1 and "trusted"`, [sha256]);
      if (rows.length > 0) trusted.add(sha256);
      return rows.length > 0;
    },
    forgetTrusted() {
      trustedReadAt = 0;
    },
    async trust(given, { replace = false } = {}) {
      const operations = [...new Map(given.map((operation) => [sha256Hex(operation.body), operation])).values()];
      const { client, release } = await checkOut(pool);
      let broken = false;
      try {
        await client.query("begin");
        const hashes = operations.map((operation) => sha256Hex(operation.body));
        const { rows: before } = await client.query<{ sha256: string }>(
          `select "sha256" from "ipo_limits"."persisted_operation" where "trusted" and "sha256" = any($1::text[])`,
          [hashes],
        );
        await client.query(
          `insert into "ipo_limits"."persisted_operation" ("sha256", "body", "name", "trusted", "expires_at")
           select o.sha256, o.body, o.name, true, null from unnest($1::text[], $2::text[], $3::text[]) as o(sha256, body, name)
           on conflict ("sha256") do update set "trusted" = true, "expires_at" = null, "name" = coalesce(excluded."name", "persisted_operation"."name")`,
          [hashes, operations.map((operation) => operation.body), operations.map((operation) => operation.name)],
        );
        const distrusted = replace
          ? ((
              await client.query(
                `update "ipo_limits"."persisted_operation" set "trusted" = false, "expires_at" = now() where "trusted" and not ("sha256" = any($1::text[]))`,
                [hashes],
              )
            ).rowCount ?? 0)
          : 0;
        // delivered at commit to every replica listening (change-feed.ts): they read the trusted set again
        await client.query(`select pg_notify($1, '')`, [TRUSTED_CHANNEL]);
        await client.query("commit");
        trustedReadAt = 0;
        return { added: hashes.length - before.length, alreadyTrusted: before.length, distrusted };
      } catch (error) {
        // a connection that cannot roll back is not given back to the pool
        await client.query("rollback").catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        release(broken);
      }
    },
  };
}
