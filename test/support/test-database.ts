import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { TestTemplates } from "./test-templates";

/** The PostgreSQL server of this test run (see global-setup.ts). */
export function testServerUrl(): string {
  const url = process.env.IPO_TEST_SERVER_URL;
  if (!url) throw new Error("IPO_TEST_SERVER_URL is not set: run the tests with `npm test`.");
  return url;
}

/**
 * A new database for one test file: empty, or a copy of one of the run's templates (global-setup.ts): `migrated`,
 * or `seeded` (migrated and seeded). Returns its URL and a function that drops it.
 */
export async function createTestDatabase({
  template,
}: {
  template?: keyof TestTemplates;
} = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ipo_test_${randomBytes(6).toString("hex")}`;
  const templates = process.env.IPO_TEST_TEMPLATES ? (JSON.parse(process.env.IPO_TEST_TEMPLATES) as TestTemplates) : undefined;
  if (template && !templates)
    throw new Error("IPO_TEST_TEMPLATES is not set: run the tests with `npm test` (jest's global setup makes them).");
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  await admin.query(template ? `create database ${name} template ${templates![template]}` : `create database ${name}`);
  await admin.end();
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: testServerUrl() });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
