import { readFileSync } from "node:fs";
import path from "node:path";
import { RATE_LIMIT_SETTINGS } from "../src/limits/rate-limit-settings";
import { REQUEST_LIMIT_SETTINGS } from "../src/limits/request-limits";

describe("the README's Bounds table", () => {
  const readme = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Bounds"), readme.indexOf("\n## ", readme.indexOf("## Bounds") + 3));

  it.each([...Object.values(REQUEST_LIMIT_SETTINGS), ...Object.values(RATE_LIMIT_SETTINGS)].map((setting) => [setting.env, setting.default]))("lists %s with its default %s", (env, fallback) => {
    const row = section.split("\n").find((line) => line.includes(`| \`${env}\` |`));
    expect(row).toBeDefined();
    expect(row!.split("|").map((cell) => cell.trim())).toContain(String(fallback));
  });
});
