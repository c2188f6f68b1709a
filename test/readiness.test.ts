import { startTestApp, type TestApp } from "./support/test-app";

describe("/readyz", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seeded: false });
  });
  afterAll(() => app.close());

  const readyz = async () => {
    const response = await fetch(app.url.replace(/\/graphql$/, "/readyz"));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("is ready when the database answers and every migration is applied, and says which are missing when not", async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: "ready", databaseMs: expect.any(Number), subscriptions: "listening" } });
    const connection = app.orm.em.getConnection();
    const [last] = await connection.execute<Array<{ id: number; name: string }>>(
      `select id, name from mikro_orm_migrations order by id desc limit 1`,
    );
    await connection.execute(`delete from mikro_orm_migrations where id = ?`, [last.id]);
    try {
      expect(await readyz()).toEqual({
        status: 503,
        body: { status: "not ready", reason: "1 migration(s) not applied", pending: [last.name] },
      });
    } finally {
      await connection.execute(`insert into mikro_orm_migrations (id, name) values (?, ?)`, [last.id, last.name]);
    }
    expect((await readyz()).status).toBe(200);
  });
});
