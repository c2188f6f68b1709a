import { Client, type Pool, type PoolClient } from "pg";
import { readConfig } from "../src/app/config";
import { connectDatabase, type Database } from "../src/database/connect";
import { VISIBILITIES, visibilityThreshold, type Visibility } from "../src/database/visibility";
import { entityMetadata } from "../src/catalogue/entity-metadata";
import { nodeEntities, type NodeTypeName } from "../src/catalogue/node-types";
import { GRAPH_NODE_TYPES } from "../src/features/graph/graph-edges";
import { createChangeFeed, type ChangeFeed } from "../src/features/changes/change-feed";
import { GraphMemory } from "../src/features/graph/graph-memory";
import { walkHopsFor, type WalkContext } from "../src/features/graph/walk-hops";
import { ANONYMOUS } from "../src/model/viewer";
import { expandFrontier, sqlHops, type GraphNodeRef, type HopOptions } from "../src/features/graph/graph-walk";
import { memoryHops, type MemoryGraph } from "../src/features/graph/memory-graph";
import { loadMemoryGraph } from "../src/features/graph/memory-graph.load";
import { neighbourhood } from "../src/features/graph/neighbourhood";
import { shortestPath } from "../src/features/graph/shortest-path";
import { Role } from "../src/model/viewer";
import { createSqlRunner, type SqlRunner } from "../src/sql/sql-runner";
import { addSyntheticNetwork } from "./support/synthetic";
import { createTestDatabase } from "./support/test-database";
import { startTestApp, type TestApp } from "./support/test-app";

/** A small deterministic generator (mulberry32), so that a failing case can be run again. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const subset = <T>(list: readonly T[]): T[] => list.filter(() => next() < 0.5);
  return { next, int, pick, subset };
}

describe("the graph in memory answers every hop and walk as SQL does", () => {
  let db: { url: string; drop(): Promise<void> };
  let database: Database;
  let graph: MemoryGraph;
  const visible: Record<Visibility, Map<NodeTypeName, number[]>> = { published: new Map(), editor: new Map() };
  const runners = {} as Record<Visibility, SqlRunner>;

  beforeAll(async () => {
    db = await createTestDatabase({ template: "seeded" });
    await addSyntheticNetwork(db.url, 1);
    // hidden rows of every kind, so that the two visibilities see different graphs: submitted experiments (editors
    // only), archived institutions (a parent some parts still point to), rejected people
    const owner = new Client({ connectionString: db.url });
    await owner.connect();
    try {
      await owner.query(`update experiment set state = 'SUBMITTED' where pk % 7 = 0`);
      await owner.query(`update institution set state = 'ARCHIVED' where pk % 13 = 0`);
      await owner.query(`update institution set state = 'SUBMITTED' where pk % 17 = 0 and state = 'PUBLISHED'`);
      await owner.query(`update person set state = 'REJECTED' where pk % 11 = 0`);
      await owner.query(`update specialty set state = 'SUBMITTED' where pk % 9 = 0`);
    } finally {
      await owner.end();
    }
    database = await connectDatabase({ ...readConfig({}), databaseUrl: db.url });
    const knex = database.orm.em.getKnex();
    graph = await loadMemoryGraph(database.readPools, knex, 10_000_000);
    for (const visibility of Object.keys(VISIBILITIES) as Visibility[]) {
      runners[visibility] = createSqlRunner(database.readPools.of(visibility), knex);
      for (const type of GRAPH_NODE_TYPES) {
        const table = entityMetadata().get(nodeEntities[type].name).tableName;
        const rows = await runners[visibility].raw("select pk from ?? order by pk", [table]);
        visible[visibility].set(
          type,
          rows.map((row) => row.pk as number),
        );
      }
    }
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    await db?.drop();
  });

  const anyNode = (rng: ReturnType<typeof random>, visibility: Visibility): GraphNodeRef => {
    const types = GRAPH_NODE_TYPES.filter((type) => visible[visibility].get(type)!.length > 0);
    const type = rng.pick(types);
    return { type, pk: rng.pick(visible[visibility].get(type)!) };
  };
  const typesOf = (rng: ReturnType<typeof random>) => {
    const chosen = rng.next() < 0.4 ? [...GRAPH_NODE_TYPES] : rng.subset(GRAPH_NODE_TYPES);
    return new Set<NodeTypeName>(chosen.length > 0 ? chosen : [rng.pick(GRAPH_NODE_TYPES)]);
  };

  it("the editors see more of the graph than readers, and both see most of it", () => {
    const count = (visibility: Visibility) => [...visible[visibility].values()].reduce((sum, pks) => sum + pks.length, 0);
    expect(count("editor")).toBeGreaterThan(count("published"));
    expect(count("published")).toBeGreaterThan(1000);
    expect(graph.edges).toBeGreaterThan(5000);
  });

  it.each(Object.keys(VISIBILITIES) as Visibility[])(
    "one hop, 400 random frontiers and options, as %s",
    async (visibility) => {
      const rng = random(visibility === "published" ? 1 : 2);
      const threshold = visibilityThreshold(visibility);
      let rows = 0;
      let withRows = 0;
      let cut = 0;
      for (let run = 0; run < 400; run++) {
        const frontier = [
          ...new Map(Array.from({ length: 1 + rng.int(40) }, () => anyNode(rng, visibility)).map((n) => [`${n.type}${n.pk}`, n])).values(),
        ];
        const options: HopOptions = {};
        const shape = rng.int(4);
        if (shape === 1) options.within = true;
        if (shape === 2) options.towards = Array.from({ length: 1 + rng.int(200) }, () => anyNode(rng, visibility));
        if (shape === 3 || rng.next() < 0.2) options.limit = 1 + rng.int(60);
        const allowed = typesOf(rng);
        const fromSql = await expandFrontier(runners[visibility], frontier, allowed, options);
        const fromMemory = graph.hop(frontier, allowed, threshold, options);
        expect(fromMemory).toEqual(fromSql);
        rows += fromSql.length;
        if (fromSql.length > 0) withRows++;
        if (options.limit !== undefined && fromSql.length === options.limit) cut++;
      }
      // what the generated cases reached: hops with rows, rows compared, hops cut off by their limit
      console.log(`graph in memory, ${visibility}: 400 hops, ${withRows} with rows, ${rows} rows compared, ${cut} cut off by their limit`);
      expect(withRows).toBeGreaterThan(200);
      expect(cut).toBeGreaterThan(20);
    },
    120_000,
  );

  it.each(Object.keys(VISIBILITIES) as Visibility[])(
    "150 neighbourhoods and 150 shortest paths, as %s",
    async (visibility) => {
      const rng = random(visibility === "published" ? 3 : 4);
      const sql = sqlHops(runners[visibility]);
      const memory = memoryHops(graph, visibilityThreshold(visibility));
      const reached = { truncated: 0, largest: 0, paths: 0, longest: 0 };
      for (let run = 0; run < 150; run++) {
        const start = anyNode(rng, visibility);
        const depth = 1 + rng.int(3);
        const allowed = typesOf(rng);
        const maxNodes = rng.pick([5, 50, 500, 2000]);
        const fromSql = await neighbourhood(sql, start, depth, allowed, maxNodes);
        expect(await neighbourhood(memory, start, depth, allowed, maxNodes)).toEqual(fromSql);
        if (fromSql.truncated) reached.truncated++;
        reached.largest = Math.max(reached.largest, fromSql.nodes.length);
      }
      for (let run = 0; run < 150; run++) {
        const [from, to] = [anyNode(rng, visibility), anyNode(rng, visibility)];
        const maxDepth = 1 + rng.int(6);
        const via = typesOf(rng);
        const fromSql = await shortestPath(sql, from, to, maxDepth, via);
        expect(await shortestPath(memory, from, to, maxDepth, via)).toEqual(fromSql);
        if (fromSql) {
          reached.paths++;
          reached.longest = Math.max(reached.longest, fromSql.edges.length);
        }
      }
      console.log(
        `graph in memory, ${visibility}: 150 neighbourhoods (${reached.truncated} truncated, largest ${reached.largest} nodes), 150 paths (${reached.paths} found, longest ${reached.longest} edges)`,
      );
      expect(reached.truncated).toBeGreaterThan(10);
      expect(reached.paths).toBeGreaterThan(30);
      expect(reached.longest).toBeGreaterThanOrEqual(4);
    },
    240_000,
  );
});

/** The `/metrics` figures of the graph in memory. */
async function graphMetrics(app: TestApp): Promise<{ fresh: number; memory: number; sql: number; edges: number }> {
  const text = await (await fetch(new URL("/metrics", app.url))).text();
  const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  return {
    fresh: value(/^ipo_graph_memory_fresh (\d+)/m),
    edges: value(/^ipo_graph_memory_edges (\d+)/m),
    memory: value(/^ipo_graph_walks_total\{source="memory"\} (\d+)/m),
    sql: value(/^ipo_graph_walks_total\{source="sql"\} (\d+)/m),
  };
}

async function untilFresh(app: TestApp): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await graphMetrics(app)).fresh !== 1) {
    if (Date.now() > deadline) throw new Error("the graph in memory was not read again within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("a replica's graph in memory is never staler than its SQL", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ graphMemory: true, responseCache: false });
  });
  afterAll(() => app.close());

  const read = `{ amc: institution(slug: "amsterdam-umc-amc") { id partOf { id version } } vumc: institution(slug: "amsterdam-umc-vumc") { id } }`;
  const walks = `query($amc: ID!, $vumc: ID!) {
    neighbourhood(id: $amc, depth: 2) { truncated nodes { depth node { id } } edges { kind sourceId targetId } }
    shortestPath(from: $amc, to: $vumc, via: [INSTITUTION]) { nodes { id } }
  }`;

  it("walks from memory send no hop statements, and answer what SQL answers", async () => {
    const { amc, vumc } = (await app.query(read)).body.data;
    await untilFresh(app);
    expect((await graphMetrics(app)).edges).toBeGreaterThan(100);
    const before = await graphMetrics(app);
    const fromMemory = await app.countStatements(() => app.query(walks, { amc: amc.id, vumc: vumc.id }));
    // the two start nodes and the end node, read in one statement; no hop
    expect(fromMemory.statements).toBe(1);
    // a request that must include a commit position walks in SQL
    const fromSql = await app.countStatements(() =>
      app.query(walks, { amc: amc.id, vumc: vumc.id }, { headers: { "x-ipo-read-after": "0/0" } }),
    );
    expect(fromSql.statements).toBeGreaterThan(3);
    expect(fromMemory.result.body.data).toEqual(fromSql.result.body.data);
    // the rows read, and so the cost charged, are the same
    expect(fromMemory.result.body.extensions?.cost.actual).toBeGreaterThan(10);
    expect(fromMemory.result.body.extensions?.cost.actual).toBe(fromSql.result.body.extensions?.cost.actual);
    const after = await graphMetrics(app);
    expect(after.memory - before.memory).toBe(2);
    expect(after.sql - before.sql).toBe(2);
    // as an editor too (editors see other rows; the graph holds them with their levels)
    const asEditor = await app.countStatements(() => app.query(walks, { amc: amc.id, vumc: vumc.id }, { as: Role.EDITOR }));
    expect(asEditor.statements).toBe(1);
    expect(asEditor.result.body.data).toEqual(
      (await app.query(walks, { amc: amc.id, vumc: vumc.id }, { as: Role.EDITOR, headers: { "x-ipo-read-after": "0/0" } })).body.data,
    );
  });

  it("this replica's own write is seen by the next walk, and by the graph read again after it", async () => {
    const { amc, vumc } = (await app.query(read)).body.data;
    const parent = amc.partOf;
    await untilFresh(app);
    const before = (await app.query(walks, { amc: amc.id, vumc: vumc.id })).body;
    expect(before.data.shortestPath.nodes.map((node: { id: string }) => node.id)).toEqual([amc.id, parent.id, vumc.id]);
    const archived = await app.query(
      `mutation($id: ID!, $v: Int!) { archive(id: $id, expectedVersion: $v) { state } }`,
      { id: parent.id, v: parent.version },
      { as: Role.EDITOR },
    );
    expect(archived.body.data.archive.state).toBe("ARCHIVED");
    const hidden = (body: typeof before) => {
      expect(body.errors).toBeUndefined();
      expect(JSON.stringify(body.data.neighbourhood)).not.toContain(parent.id);
      expect(body.data.shortestPath).toBeNull();
    };
    // at once: the write made the graph unusable before its answer was sent
    hidden((await app.query(walks, { amc: amc.id, vumc: vumc.id })).body);
    await untilFresh(app);
    const { memory } = await graphMetrics(app);
    hidden((await app.query(walks, { amc: amc.id, vumc: vumc.id })).body);
    expect((await graphMetrics(app)).memory).toBe(memory + 2);

    await app.query(
      `mutation($id: ID!, $v: Int!) { restore(id: $id, expectedVersion: $v) { state } }`,
      { id: parent.id, v: parent.version + 1 },
      { as: Role.EDITOR },
    );
    expect((await app.query(walks, { amc: amc.id, vumc: vumc.id })).body.data).toEqual(before.data);
    await untilFresh(app);
    expect((await app.query(walks, { amc: amc.id, vumc: vumc.id })).body.data).toEqual(before.data);
  });

  it("a write made outside the API is heard: once it is, no walk answers what it replaced", async () => {
    const { amc, vumc } = (await app.query(read)).body.data;
    await untilFresh(app);
    const before = (await app.query(walks, { amc: amc.id, vumc: vumc.id })).body;
    const owner = new Client({ connectionString: app.databaseUrl });
    await owner.connect();
    try {
      // the parent archived by hand, as a migration or an operator would
      const pk = Number((await owner.query(`select part_of_pk from institution where slug = 'amsterdam-umc-amc'`)).rows[0].part_of_pk);
      await owner.query(`update institution set state = 'ARCHIVED' where pk = $1`, [pk]);
      const deadline = Date.now() + 5_000;
      let heard = false;
      let walksAfter = 0;
      // walk until the change is seen; from then on, every walk (through SQL while the graph is read again, then
      // from memory) must see it
      while (Date.now() < deadline && walksAfter < 40) {
        const body = (await app.query(walks, { amc: amc.id, vumc: vumc.id })).body;
        expect(body.errors).toBeUndefined();
        const seen = body.data.shortestPath === null;
        if (heard) expect(seen).toBe(true);
        heard ||= seen;
        if (heard) walksAfter++;
      }
      expect(heard).toBe(true);
      await untilFresh(app);
      const fromMemory = await app.countStatements(() => app.query(walks, { amc: amc.id, vumc: vumc.id }));
      expect(fromMemory.statements).toBe(1);
      expect(fromMemory.result.body.data.shortestPath).toBeNull();
      await owner.query(`update institution set state = 'PUBLISHED' where pk = $1`, [pk]);
      await untilFresh(app);
      // read again once more after the restore (the wait may have seen the graph before the notification came)
      const deadlineBack = Date.now() + 5_000;
      let body = (await app.query(walks, { amc: amc.id, vumc: vumc.id })).body;
      while (JSON.stringify(body.data) !== JSON.stringify(before.data) && Date.now() < deadlineBack) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        body = (await app.query(walks, { amc: amc.id, vumc: vumc.id })).body;
      }
      expect(body.data).toEqual(before.data);
    } finally {
      await owner.end();
    }
  });
});

describe("a walk from memory is bounded as one in SQL", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ graphMemory: true, responseCache: false, limits: { maxRowsPerRequest: 40 } });
  });
  afterAll(() => app.close());

  it("reading more rows than RESULT_MAX_ROWS is RESULT_TOO_LARGE either way, and fewer are answered alike", async () => {
    const { lumc, amc } = (await app.query(`{ lumc: institution(slug: "lumc") { id } amc: institution(slug: "amsterdam-umc-amc") { id } }`))
      .body.data;
    await untilFresh(app);
    const walk = `query($id: ID!, $depth: Int!) { neighbourhood(id: $id, depth: $depth) { nodes { node { id } } } }`;
    const sql = { headers: { "x-ipo-read-after": "0/0" } };
    const before = await graphMetrics(app);
    for (const variables of [
      { id: lumc.id, depth: 3 },
      { id: amc.id, depth: 1 },
    ]) {
      const [fromMemory, fromSql] = [await app.query(walk, variables), await app.query(walk, variables, sql)];
      expect(fromMemory.body.errors?.map((error) => error.extensions?.code)).toEqual(
        fromSql.body.errors?.map((error) => error.extensions?.code),
      );
      expect(fromMemory.body.data).toEqual(fromSql.body.data);
    }
    const deep = await app.query(walk, { id: lumc.id, depth: 3 });
    expect(deep.body.errors?.[0]?.extensions?.code).toBe("RESULT_TOO_LARGE");
    expect((await app.query(walk, { id: amc.id, depth: 1 })).body.errors).toBeUndefined();
    expect((await graphMetrics(app)).memory - before.memory).toBe(4);
  });
});

describe("when the graph in memory may be used", () => {
  let db: { url: string; drop(): Promise<void> };
  let database: Database;
  let feed: ChangeFeed;
  const owner = () => new Client({ connectionString: db.url });
  const settled = () => new Promise((resolve) => setTimeout(resolve, 20));
  const until = async (what: () => boolean, label: string) => {
    const deadline = Date.now() + 5_000;
    while (!what()) {
      if (Date.now() > deadline) throw new Error(`${label}: not within 5 s`);
      await settled();
    }
  };
  const reads = { primary: false, after: null };
  const load = (maxEdges = 10_000_000) => loadMemoryGraph(database.readPools, database.orm.em.getKnex(), maxEdges);
  /** A graph memory over the test database (bound, change feed and position as given), closed after `run`. */
  const withMemory = async (
    run: (memory: GraphMemory) => Promise<void>,
    {
      maxEdges = 10_000_000,
      hears = feed as Pick<ChangeFeed, "onDataChanged" | "onConnected" | "listening">,
      position = null as (() => Promise<string>) | null,
      reading = load,
    } = {},
  ) => {
    const memory = new GraphMemory({ maxEdges, reloadDelayMs: 20 }, hears, reading, position);
    try {
      await run(memory);
    } finally {
      memory.close();
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase({ template: "seeded" });
    database = await connectDatabase({ ...readConfig({}), databaseUrl: db.url });
    feed = createChangeFeed(db.url);
    await feed.started;
  });
  afterAll(async () => {
    await feed?.close();
    await database?.close();
    await db?.drop();
  });

  it("a read during which a write was heard is thrown away, and the graph read again after a longer wait", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let loads = 0;
    const gated = async (maxEdges?: number) => {
      loads++;
      if (loads === 1) await gate;
      return load(maxEdges);
    };
    const restore = async () => {
      const client = owner();
      await client.connect();
      await client.query(`update institution set state = 'PUBLISHED' where slug = 'lumc'`);
      await client.end();
    };
    await withMemory(
      async (memory) => {
        const client0 = owner();
        await client0.connect();
        const lumc = Number((await client0.query(`select pk from institution where slug = 'lumc'`)).rows[0].pk);
        await client0.end();
        const everything = new Set(GRAPH_NODE_TYPES);
        const before = await load();
        expect(before.hop([{ type: "Institution", pk: lumc }], everything, visibilityThreshold("published")).length).toBeGreaterThan(0);
        void memory.start();
        let heard = false;
        const stop = feed.onDataChanged(() => (heard = true));
        const client = owner();
        await client.connect();
        await client.query(`update institution set state = 'ARCHIVED' where slug = 'lumc'`);
        await client.end();
        await until(() => heard, "the write heard");
        stop();
        open();
        await until(() => memory.stats().loads === 2, "read again");
        const stats = memory.stats();
        expect(stats.discarded).toBe(1);
        expect(stats.fresh).toBe(true);
        expect(memory.graphFor(reads)).toBeDefined();
        // the graph read again holds the write: LUMC (archived) is seen by no one, so no edge of it is walked
        for (const visibility of Object.keys(VISIBILITIES) as Visibility[])
          expect(memory.graphFor(reads)!.hop([{ type: "Institution", pk: lumc }], everything, visibilityThreshold(visibility))).toEqual([]);
      },
      { reading: gated },
    ).finally(restore);
  });

  it("a connection lost during a load fails the load, not the process", async () => {
    const locker = owner();
    await locker.connect();
    try {
      // the load waits on a table another transaction holds; then its connection's socket is cut, as a network would
      await locker.query("begin");
      await locker.query("lock table experiment_person in access exclusive mode");
      let taken: PoolClient | undefined;
      const pools = {
        ...database.readPools,
        of: (visibility: Visibility) => {
          const pool = database.readPools.of(visibility);
          return Object.assign(Object.create(pool) as Pool, {
            connect: async () => (taken = await pool.connect()),
          });
        },
      };
      const loading = loadMemoryGraph(pools, database.orm.em.getKnex(), 10_000_000);
      loading.catch(() => undefined);
      await until(() => taken !== undefined, "the load's connection");
      await new Promise((resolve) => setTimeout(resolve, 200));
      (taken as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      await expect(loading).rejects.toThrow();
    } finally {
      await locker.query("rollback").catch(() => undefined);
      await locker.end();
    }
    // the pool gave up the lost connection and reads on
    expect((await load()).edges).toBeGreaterThan(100);
  });

  it("a hop from memory builds no more rows than the request may still read", async () => {
    await withMemory(async (memory) => {
      await memory.start();
      const graph = memory.graphFor(reads)!;
      const hop = graph.hop.bind(graph);
      let built = 0;
      graph.hop = (...args) => {
        const rows = hop(...args);
        built = rows.length;
        return rows;
      };
      const institutions = (await database.readPools.of("published").query("select pk from institution")).rows.map((row) => ({
        type: "Institution" as const,
        pk: row.pk as number,
      }));
      const everything = new Set(GRAPH_NODE_TYPES);
      expect(hop(institutions, everything, visibilityThreshold("published")).length).toBeGreaterThan(50);
      const ctx = {
        graphMemory: memory,
        reads,
        viewer: ANONYMOUS,
        sql: createSqlRunner(database.readPools.of("published"), database.orm.em.getKnex(), { maxRows: 10 }),
      } as unknown as WalkContext;
      await expect(walkHopsFor(ctx)(institutions, everything)).rejects.toMatchObject({ extensions: { code: "RESULT_TOO_LARGE" } });
      expect(built).toBe(11);
    });
  });

  it("is not used by a request that must include a commit position, nor by one whose replica is behind the graph", async () => {
    await withMemory(
      async (memory) => {
        await memory.start();
        expect(memory.graphFor(reads)).toBeDefined();
        expect(memory.graphFor({ ...reads, seen: "all" })).toBeDefined();
        expect(memory.graphFor({ ...reads, seen: 0x5000n })).toBeDefined();
        expect(memory.graphFor({ ...reads, seen: 0x4fffn })).toBeUndefined();
        expect(memory.graphFor({ primary: false, after: 1n })).toBeUndefined();
        expect(memory.stats().walks).toEqual({ memory: 3, sql: 2 });
      },
      { position: async () => "0/5000" },
    );
  });

  it("writes in a row cannot keep a replica reading: a load starts three load times after the last one ended", async () => {
    const loads: Array<{ started: number; ended: number }> = [];
    const slow = async (maxEdges?: number) => {
      const started = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 150));
      const graph = await load(maxEdges);
      loads.push({ started, ended: performance.now() });
      return graph;
    };
    await withMemory(
      async (memory) => {
        await memory.start();
        memory.invalidate();
        await until(() => loads.length === 2, "read again");
        const [first, second] = loads as [{ started: number; ended: number }, { started: number; ended: number }];
        // the second waited three times the first's length after it ended, not the 20 ms reload delay
        expect(second.started - first.ended).toBeGreaterThanOrEqual(3 * (first.ended - first.started) - 5);
        expect(memory.stats().fresh).toBe(true);
      },
      { reading: slow },
    );
  });

  it("a graph larger than its bound is not kept, and walks stay in SQL", async () => {
    await withMemory(
      async (memory) => {
        await memory.start();
        expect(memory.stats()).toMatchObject({ edges: 0, fresh: false, loads: 0 });
        expect(memory.graphFor(reads)).toBeUndefined();
      },
      { maxEdges: 10 },
    );
  });

  it("nothing is used while the change feed cannot hear", async () => {
    const deaf = { onDataChanged: () => () => undefined, onConnected: () => () => undefined, listening: () => false };
    await withMemory(
      async (memory) => {
        await memory.start();
        expect(memory.stats().loads).toBe(1);
        expect(memory.graphFor(reads)).toBeUndefined();
      },
      { hears: deaf },
    );
  });
});
