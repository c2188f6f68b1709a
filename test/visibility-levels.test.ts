import { Client } from "pg";
import { VISIBILITIES, viewRules, type Visibility } from "../src/database/visibility";
import { PublicationState } from "../src/model/entities/publication-state";
import { createTestDatabase } from "./support/test-database";
import { connectDatabase } from "../src/database/connect";
import { readConfig } from "../src/app/config";
import { seed } from "../src/app/seed/seeder";

/**
 * The visibility levels the triggers keep against the rules' meaning written out the slow way: a view per
 * table that checks its own state and, by `exists`, every row it cannot exist without (what the views were
 * before the levels). Random rounds of writes (states, references cleared, edges moved to other ends) must
 * leave both showing the same rows.
 */
function oracleViews(schema: string, visibility: Visibility): string[] {
  const q = (name: string) => `"${name}"`;
  const exists = (spec: string) => {
    const [column, target] = spec.split(":");
    return `exists (select 1 from ${q(schema)}.${q(target!)} v where v."pk" = t.${q(column!)})`;
  };
  return [
    `create schema ${q(schema)}`,
    ...viewRules().map((rule) => {
      const conditions = [
        ...(rule.node ? [`t."state" in (${VISIBILITIES[visibility].states.map((s) => `'${s}'`).join(", ")})`] : []),
        ...rule.requires.map(exists),
        ...rule.optional.map((spec) => `(t.${q(spec.split(":")[0]!)} is null or ${exists(spec)})`),
      ];
      return `create view ${q(schema)}.${q(rule.table)} as select t.* from "public".${q(rule.table)} t${conditions.length ? ` where ${conditions.join(" and ")}` : ""}`;
    }),
  ];
}

describe("visibility levels kept by triggers show the rows the rules describe, after any writes", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    const database = await connectDatabase({ ...readConfig({}), databaseUrl: db.url });
    await seed(database.orm);
    await database.close();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it("eight random rounds of writes: every view equals its oracle, for every visibility", async () => {
    const rules = viewRules();
    const oracle: Record<Visibility, string> = { published: "ipo_oracle_published", editor: "ipo_oracle_editor" };
    await client.query("begin");
    try {
      for (const visibility of Object.keys(VISIBILITIES) as Visibility[])
        for (const statement of oracleViews(oracle[visibility], visibility)) await client.query(statement);
      await client.query("select setseed(0.42)");
      const states = Object.values(PublicationState);
      let hiddenSeen = 0;
      let compared = 0;
      for (let round = 0; round < 8; round++) {
        for (const rule of rules) {
          const table = `"public"."${rule.table}"`;
          if (rule.node)
            await client.query(`update ${table} set "state" = ($1::text[])[1 + floor(random() * $2)::int] where random() < 0.25`, [
              states,
              states.length,
            ]);
          for (const spec of rule.optional) await client.query(`update ${table} set "${spec.split(":")[0]}" = null where random() < 0.1`);
          // edges: move some rows to another end (skipping moves that would break a unique key)
          if (!rule.node) {
            for (const spec of rule.requires) {
              const [column, target] = spec.split(":");
              await client.query("savepoint move");
              try {
                await client.query(
                  `update ${table} t set "${column}" = (select v."pk" from "public"."${target}" v where v."pk" <> t."${column}" order by random() limit 1) where random() < 0.1`,
                );
                await client.query("release savepoint move");
              } catch {
                await client.query("rollback to savepoint move");
              }
            }
          }
        }
        for (const visibility of Object.keys(VISIBILITIES) as Visibility[]) {
          for (const rule of rules) {
            const view = `"${VISIBILITIES[visibility].schema}"."${rule.table}"`;
            const slow = `"${oracle[visibility]}"."${rule.table}"`;
            const { rows } = await client.query<{ missing: string; extra: string; hidden: string }>(
              `select (select count(*) from (select pk from ${slow} except select pk from ${view}) d) as missing,
                      (select count(*) from (select pk from ${view} except select pk from ${slow}) d) as extra,
                      (select count(*) from "public"."${rule.table}") - (select count(*) from ${view}) as hidden`,
            );
            expect({ round, visibility, table: rule.table, missing: Number(rows[0]!.missing), extra: Number(rows[0]!.extra) }).toEqual({
              round,
              visibility,
              table: rule.table,
              missing: 0,
              extra: 0,
            });
            hiddenSeen += Number(rows[0]!.hidden);
            compared++;
          }
        }
      }
      // how much the writes reached: hidden rows counted over every comparison (a test whose writes hid nothing would prove nothing)
      console.log(`visibility levels: ${compared} view comparisons, ${hiddenSeen} hidden rows among them`);
      expect(hiddenSeen).toBeGreaterThan(1000);
    } finally {
      await client.query("rollback");
    }
  });
});
