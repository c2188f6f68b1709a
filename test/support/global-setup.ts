import { spawn } from "node:child_process";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import { randomBytes } from "node:crypto";
import { createTemplates } from "./test-templates";

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when set, else the embedded one, started in a
 * child process from the compiled build (`npm test` builds first), with the run's template databases
 * (test-templates.ts). Each test file then creates its own databases on it (test/support/test-app.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    process.env.IPO_TEST_SERVER_URL = process.env.TEST_DATABASE_URL;
  } else {
    await startTestPostgres();
  }
  const templates = await createTemplates(process.env.IPO_TEST_SERVER_URL!, randomBytes(4).toString("hex"));
  process.env.IPO_TEST_TEMPLATES = JSON.stringify(templates);
}

async function startTestPostgres(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ipo-graph-test-pg-"));
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(path.resolve(__dirname, "../../dist/src/database/embedded-postgres.js"))});
    startEmbeddedPostgres(${JSON.stringify(dataDir)}).then(
      (db) => {
        console.log(JSON.stringify({ url: db.serverUrl }));
        const stop = () => db.stop().finally(() => process.exit(0));
        process.removeAllListeners("SIGTERM");
        process.on("SIGTERM", stop);
        process.stdin.on("end", stop);
        process.stdin.resume();
      },
      (error) => { console.error(error.message); process.exit(1); },
    );`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line).url);
    });
    child.on("exit", (code) =>
      reject(new Error(`The test PostgreSQL exited with code ${code} before it was ready. Did \`npm run build\` run?`)),
    );
  });
  process.env.IPO_TEST_SERVER_URL = url;
  (globalThis as Record<string, unknown>).__IPO_TEST_POSTGRES__ = child;
}
