import { execFileSync, spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";

export interface LoadBalancer {
  url: string;
  stop(): Promise<void>;
}

/** Debian's haproxy (`apt-get install haproxy`; .ci/run installs it), or HAPROXY_PATH. */
export function haproxyPath(): string {
  const configured = process.env.HAPROXY_PATH;
  if (configured) return configured;
  try {
    return execFileSync("sh", ["-c", "command -v haproxy"], { encoding: "utf8" }).trim() || "/usr/sbin/haproxy";
  } catch {
    throw new Error("The cluster needs haproxy: `apt-get install haproxy` (Debian; .ci/run does it) or set HAPROXY_PATH.");
  }
}

/**
 * haproxy in front of the API replicas: round robin, each checked on /readyz every 300 ms (down after two
 * failures, its connections cut), WebSockets passed through (subscriptions), a request that could not
 * reach a replica sent to the other. Requests a replica received are never retried (a write is not
 * repeated); a client sees those fail and may retry them itself.
 */
export async function startLoadBalancer(dir: string, port: number, backends: Array<{ name: string; port: number }>): Promise<LoadBalancer> {
  const config = path.join(dir, "haproxy.cfg");
  await writeFile(
    config,
    `global
  maxconn 4000

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
  retries 2
  option redispatch
  retry-on conn-failure

frontend api
  bind 127.0.0.1:${port}
  option forwardfor
  default_backend replicas

backend replicas
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
  default-server inter 300 fall 2 rise 1 on-marked-down shutdown-sessions
${backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check`).join("\n")}
`,
  );
  const child = spawn(haproxyPath(), ["-f", config, "-db"], { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => void (errors += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited: ${errors}`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > until) throw new Error(`haproxy did not serve /readyz within 15 s: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
