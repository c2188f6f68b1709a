import { readFileSync } from "node:fs";
import path from "node:path";
import { RATE_LIMIT_SETTINGS } from "../src/features/limits/rate-limit-settings";
import { REQUEST_LIMIT_SETTINGS } from "../src/features/limits/request-limits";
import { REPLICA_SETTINGS } from "../src/database/replica-settings";
import { SUBSCRIPTION_SETTINGS } from "../src/features/subscriptions/subscription-settings";
import { WORK_LIMIT_SETTINGS } from "../src/features/limits/work-limit-settings";
import { HTTP_LIMIT_SETTINGS } from "../src/features/limits/http-limit-settings";
import { OPERATION_SETTINGS } from "../src/features/operations/operation-settings";
import { GRAPH_MEMORY_SETTINGS } from "../src/features/graph/graph-memory-settings";

describe("docs/configuration.md's Bounds table", () => {
  const readme = readFileSync(path.join(__dirname, "..", "docs", "configuration.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Bounds"), readme.indexOf("\n## ", readme.indexOf("## Bounds") + 3));

  it.each(
    [
      ...Object.values(REQUEST_LIMIT_SETTINGS),
      ...Object.values(RATE_LIMIT_SETTINGS),
      ...Object.values(WORK_LIMIT_SETTINGS),
      ...Object.values(HTTP_LIMIT_SETTINGS),
      OPERATION_SETTINGS.apqMaxBytes,
      OPERATION_SETTINGS.apqMaxTotalBytes,
      OPERATION_SETTINGS.responseCacheBytes,
      GRAPH_MEMORY_SETTINGS.maxEdges,
    ].map((setting) => [setting.env, setting.default]),
  )("lists %s with its default %s", (env, fallback) => {
    const row = section.split("\n").find((line) => line.includes(`| \`${env}\` |`));
    expect(row).toBeDefined();
    expect(row!.split("|").map((cell) => cell.trim())).toContain(String(fallback));
  });
});

describe("docs/deploying.md's Settings table", () => {
  const doc = readFileSync(path.join(__dirname, "..", "docs", "deploying.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Settings"), doc.indexOf("\n## ", doc.indexOf("## Settings") + 3));

  it.each([...Object.values(SUBSCRIPTION_SETTINGS), ...Object.values(REPLICA_SETTINGS)].map((setting) => [setting.env, setting.default]))(
    "lists %s with its default %s",
    (env, fallback) => {
      const row = section.split("\n").find((line) => line.includes(`| \`${env}\` |`));
      expect(row).toBeDefined();
      expect(row!.split("|").map((cell) => cell.trim())).toContain(`\`${fallback}\``);
    },
  );
});
