import type { MikroORM } from "@mikro-orm/postgresql";
import { Router } from "express";

/** `/healthz`: the process is up. `/readyz`: the database answers and every migration is applied. */
export function healthRoutes(orm: MikroORM): Router {
  const router = Router();
  router.get("/healthz", (_request, response) => {
    response.json({ status: "ok" });
  });
  router.get("/readyz", async (_request, response) => {
    try {
      await orm.em.getConnection().execute("select 1");
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length > 0) {
        response.status(503).json({ status: "not ready", reason: `${pending.length} migration(s) not applied`, pending: pending.map((m) => m.name) });
        return;
      }
      response.json({ status: "ready" });
    } catch (error) {
      response.status(503).json({ status: "not ready", reason: "database unreachable" });
    }
  });
  return router;
}
