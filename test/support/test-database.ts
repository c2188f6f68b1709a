import { randomBytes } from "node:crypto";
import { Client } from "pg";

/** The PostgreSQL server of this test run (see global-setup.ts). */
export function testServerUrl(): string {
  const url = process.env.IPO_TEST_SERVER_URL;
  if (!url) throw new Error("IPO_TEST_SERVER_URL is not set: run the tests with `npm test`.");
  return url;
}

/** A new, empty database for one test file; returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ipo_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
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
