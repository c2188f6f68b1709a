import type { MikroORM } from "@mikro-orm/postgresql";
import { Router } from "express";
import type { ChangeFeed } from "../features/changes/change-feed";
import type { ReadPools } from "../database/read-pools";
import type { ReadRouting } from "../database/read-routing";

/** A readiness check never waits longer than this for PostgreSQL: a frozen database is reported, not waited on. */
export const READINESS_TIMEOUT_MS = 2000;

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface HealthDeps {
  orm: MikroORM;
  readPools: ReadPools;
  /** The replicas reads may go to (their lag is reported). */
  routing?: ReadRouting;
  /** The LISTEN connection subscriptions are fed by (reported). */
  changes?: ChangeFeed;
  /** True once the server is shutting down: a load balancer should stop sending requests. */
  stopping: () => boolean;
}

/**
 * `/healthz`: the process is up. `/readyz`: it can serve: not shutting down, the database answers on the
 * write connection and on a read connection within READINESS_TIMEOUT_MS, and every migration is applied.
 */
export function healthRoutes({ orm, readPools, routing, changes, stopping }: HealthDeps): Router {
  const router = Router();
  router.get("/healthz", (_request, response) => {
    response.json({ status: "ok" });
  });
  router.get("/readyz", async (_request, response) => {
    if (stopping()) {
      response.status(503).json({ status: "not ready", reason: "shutting down" });
      return;
    }
    const startedAt = Date.now();
    try {
      await within(orm.em.getConnection().execute("select 1"), READINESS_TIMEOUT_MS, "the database (write connection)");
      await within(readPools.of("published").query("select 1"), READINESS_TIMEOUT_MS, "the database (read connection)");
      const pending = await within(orm.getMigrator().getPendingMigrations(), READINESS_TIMEOUT_MS, "the migrations table");
      if (pending.length > 0) {
        response
          .status(503)
          .json({ status: "not ready", reason: `${pending.length} migration(s) not applied`, pending: pending.map((m) => m.name) });
        return;
      }
      const replicas = routing?.replicas() ?? [];
      // a replica down is not a reason to stop serving: reads fall back to the primary, and this says so
      response.json({
        status: "ready",
        databaseMs: Date.now() - startedAt,
        ...(changes ? { subscriptions: changes.listening() ? "listening" : "reconnecting" } : {}),
        ...(replicas.length
          ? { reads: replicas.some((replica) => replica.reachable) ? "replicas" : "primary (no replica reachable)", replicas }
          : {}),
      });
    } catch (error) {
      response
        .status(503)
        .set("retry-after", "5")
        .json({
          status: "not ready",
          reason: `database unreachable: ${(error as Error).message.startsWith("the database") ? (error as Error).message : "no connection"}`,
        });
    }
  });
  return router;
}
