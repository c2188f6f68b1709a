import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../../platform/project-root";
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from "../server-process";

export interface ApiProcess {
  name: string;
  port: number;
  url: string;
  pid: number;
  /** Everything it printed, for when something goes wrong. */
  output(): string;
  /** SIGKILL: the process dies mid-request, as a crash would. */
  kill(): Promise<void>;
  /** SIGTERM: the server drains and stops; SIGKILL when it has not within 15 s. */
  stop(): Promise<void>;
}

/** Starts `dist/src/app/main.js` as `npm start` runs it (heap capped), with the environment given; resolves once it is ready. */
export function startApiProcess(name: string, port: number, env: Record<string, string>): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(PROJECT_ROOT, "dist", "src", "app", "main.js")], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...SERVER_ENVIRONMENT, NODE_ENV: "", LOG_LEVEL: "warn", ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API ${name} did not start within 60 s:\n${output.slice(-2000)}`)), 60_000);
    let ready = false;
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (ready || !output.includes("IPO Graph ready at")) return;
      ready = true;
      clearTimeout(timer);
      resolve({
        name,
        port,
        url: `http://127.0.0.1:${port}`,
        pid: child.pid!,
        output: () => output,
        async kill() {
          child.kill("SIGKILL");
          await exited;
        },
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
          await exited;
          clearTimeout(timer);
        },
      });
    });
    child.stderr?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`API ${name} exited with ${code} before it was ready:\n${output.slice(-2000)}`));
    });
  });
}
