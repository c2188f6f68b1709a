import type { ChildProcess } from "node:child_process";
import { Client } from "pg";
import type { TestTemplates } from "./test-templates";

export default async function globalTeardown(): Promise<void> {
  if (process.env.IPO_TEST_TEMPLATES && process.env.IPO_TEST_SERVER_URL) {
    const templates = JSON.parse(process.env.IPO_TEST_TEMPLATES) as TestTemplates;
    const admin = new Client({ connectionString: process.env.IPO_TEST_SERVER_URL });
    await admin.connect();
    for (const name of Object.values(templates)) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  const child = (globalThis as Record<string, unknown>).__IPO_TEST_POSTGRES__ as ChildProcess | undefined;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
