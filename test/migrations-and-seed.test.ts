import { MikroORM } from "@mikro-orm/postgresql";
import { entities } from "../src/catalogue/entities";
import { createOrmConfig } from "../src/database/mikro-orm.config";
import { seed, seedIfEmpty } from "../src/app/seed/seeder";
import { createTestDatabase } from "./support/test-database";

async function dumpAllTables(orm: MikroORM): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const entity of entities) {
    const table = orm.getMetadata().get(entity.name).tableName;
    dump[table] = await orm.em.getConnection().execute(`select * from "${table}" order by pk`);
  }
  return dump;
}

describe("migrations and seeding", () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    orm = await MikroORM.init(createOrmConfig(db.url));
  });
  afterAll(async () => {
    await orm.close(true);
    await drop();
  });

  it("migrates an empty database to a schema that matches the entities", async () => {
    const migrator = orm.getMigrator();
    expect((await migrator.getExecutedMigrations()).length).toBe(0);
    await migrator.up();
    expect(await migrator.getPendingMigrations()).toEqual([]);
    // the committed migrations produce exactly what the entities describe: nothing left to generate
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  it("gives every visibility view every column of its table (views expand `select *` once: recreate them after adding columns)", async () => {
    const columns = await orm.em.getConnection().execute<Array<{ schema: string; table: string; columns: string }>>(
      `select table_schema as schema, table_name as table, string_agg(column_name, ',' order by ordinal_position) as columns
         from information_schema.columns where table_schema in ('public', 'ipo_published', 'ipo_editor') group by 1, 2`,
    );
    const byTable = new Map(columns.filter((c) => c.schema === "public").map((c) => [c.table, c.columns]));
    const views = columns.filter((c) => c.schema !== "public");
    // one view per table and visibility, and editors' view of submissions (experiments, their institutions and specialties)
    const tableOf = (view: string) => view.replace(/^submitted_/, "");
    expect(views.length).toBe(2 * entities.length + 3);
    for (const view of views)
      expect(`${view.schema}.${view.table}: ${view.columns}`).toBe(`${view.schema}.${view.table}: ${byTable.get(tableOf(view.table))}`);
    // every entity table that readers reach has a view; only the migrations table has none
    const unviewed = [...byTable.keys()].filter((table) => !views.some((view) => view.table === table));
    expect(unviewed).toEqual(["mikro_orm_migrations"]);
  });

  it("seeds on first start only, and seeding again changes nothing", async () => {
    expect(await seedIfEmpty(orm)).toBe(true);
    const first = await dumpAllTables(orm);
    expect(first.experiment).toHaveLength(10);
    expect(first.institution).toHaveLength(25);
    expect(first.person).toHaveLength(15);
    expect(await seedIfEmpty(orm)).toBe(false);
    await seed(orm);
    expect(await dumpAllTables(orm)).toEqual(first);
  });
});
