import path from "node:path";
import { findFreePort } from "../../platform/free-port";
import { startApiProcess, type ApiProcess } from "./api-process";
import { startLoadBalancer, type LoadBalancer } from "./load-balancer";
import { startPostgresPair, type PostgresPair } from "./postgres-pair";
import { LOCAL_DEVELOPMENT_SECRET } from "../../request/auth-settings";

export interface Cluster {
  postgres: PostgresPair;
  apis: ApiProcess[];
  balancer: LoadBalancer;
  stop(): Promise<void>;
}

/**
 * The topology of docs/deploying.md on one machine: a PostgreSQL primary with one streaming standby, `apis`
 * IPO Graph replicas (writes to the primary, reads on the standby, subscriptions LISTENing on the primary),
 * and haproxy in front. The first replica migrates and seeds; the others start after it.
 */
export async function startCluster(
  dir: string,
  { apis = 2, balancerPort, env = {} }: { apis?: number; balancerPort?: number; env?: Record<string, string> } = {},
): Promise<Cluster> {
  const postgres = await startPostgresPair(path.join(dir, "postgres"));
  const started: ApiProcess[] = [];
  try {
    const port = balancerPort ?? (await findFreePort());
    const common = {
      DATABASE_URL: postgres.primaryUrl,
      DATABASE_READ_URLS: postgres.standbyUrl,
      AUTH_JWT_SECRET: LOCAL_DEVELOPMENT_SECRET,
      RATE_LIMIT_REQUESTS: "1000000000",
      TRUST_PROXY: "loopback",
      REPLICA_CHECK_MS: "100",
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      ...env,
    };
    for (let index = 0; index < apis; index++) {
      const name = String.fromCharCode(97 + index);
      started.push(await startApiProcess(name, await findFreePort(), common));
    }
    const balancer = await startLoadBalancer(
      dir,
      port,
      started.map((api) => ({ name: api.name, port: api.port })),
    );
    return {
      postgres,
      apis: started,
      balancer,
      async stop() {
        await balancer.stop();
        await Promise.all(started.map((api) => api.stop()));
        await postgres.stop();
      },
    };
  } catch (error) {
    await Promise.all(started.map((api) => api.stop()));
    await postgres.stop();
    throw error;
  }
}
