import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { Role } from "../src/model/viewer";
import { explorerOperations } from "../src/features/operations/explorer-operations";
import { sha256Hex } from "../src/features/operations/persisted-operation-store";
import { startTestApp, tokenFor, type TestApp } from "./support/test-app";

/** A graphql-ws client on the app's /graphql; closed after each test. */
function wsClient(
  app: TestApp,
  connectionParams: Record<string, unknown> = {},
  closed?: (event: { code: number; reason: string }) => void,
): Client {
  return createClient({
    url: app.url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => closed?.({ code: (event as { code: number }).code, reason: String((event as { reason?: unknown }).reason ?? "") }),
    },
  });
}

/** Subscribes and collects events; `next(n)` waits for the n-th. */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: any[] = [];
  const errors: unknown[] = [];
  let notify: (() => void) | null = null;
  const stop = client.subscribe(
    { query, variables },
    {
      // errors of a subscription's start arrive as a result with `errors` (graphql-ws), the socket's as `error`
      next: (value) => {
        (value.errors ? errors : events).push(value.errors ?? value);
        notify?.();
      },
      error: (error) => {
        errors.push(error);
        notify?.();
      },
      complete: () => notify?.(),
    },
  );
  return {
    events,
    errors,
    stop,
    async next(count: number, timeoutMs = 5_000): Promise<any> {
      const until = Date.now() + timeoutMs;
      while (events.length < count && errors.length === 0) {
        if (Date.now() > until) throw new Error(`waited ${timeoutMs} ms for event ${count}, got ${events.length}`);
        await new Promise<void>((resolve) => {
          notify = resolve;
          setTimeout(resolve, 50);
        });
      }
      if (errors.length) throw Object.assign(new Error("subscription error"), { errors });
      return events[count - 1];
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("subscriptions over graphql-ws, fed by PostgreSQL LISTEN/NOTIFY", () => {
  let app: TestApp;
  const clients: Client[] = [];
  let lumc: { id: string; version: number };

  beforeAll(async () => {
    app = await startTestApp();
    lumc = (await app.query(`{ institution(slug: "lumc") { id version } }`)).body.data.institution;
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(() => app.close());

  const open = (params: Record<string, unknown> = {}, closed?: (event: { code: number; reason: string }) => void) => {
    const client = wsClient(app, params, closed);
    clients.push(client);
    return client;
  };

  async function rename(id: string, version: number, name: string) {
    return app.query(
      `mutation ($id: ID!, $version: Int!, $name: String!) { updateInstitution(id: $id, expectedVersion: $version, input: { description: $name }) { version } }`,
      { id, version, name },
      { as: Role.EDITOR },
    );
  }

  it("nodeChanged: a committed write arrives with its new version; one that was refused sends nothing", async () => {
    const current = (await app.query(`{ institution(slug: "lumc") { version } }`)).body.data.institution.version;
    const events = collect(
      open(),
      `subscription ($id: ID!) { nodeChanged(id: $id) { id action version node { ... on Institution { description } } } }`,
      { id: lumc.id },
    );
    await settle();
    // a stale version: CONFLICT, rolled back, so no notification
    expect((await rename(lumc.id, current - 1 || 999, "stale")).body.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect((await rename(lumc.id, current, "Eerste wijziging")).body.errors).toBeUndefined();
    const first = await events.next(1);
    expect(first.data.nodeChanged).toEqual({
      id: lumc.id,
      action: "UPDATE",
      version: current + 1,
      node: { description: "Eerste wijziging" },
    });
    await rename(lumc.id, current + 1, "Tweede wijziging");
    expect((await events.next(2)).data.nodeChanged).toMatchObject({ version: current + 2, node: { description: "Tweede wijziging" } });
    expect(events.events).toHaveLength(2);
  });

  it("visibility: a submitted initiative reaches editors through submissionReceived, readers may not subscribe, and nodeChanged on it stays silent for a reader", async () => {
    const editor = collect(
      open({ authorization: `Bearer ${await tokenFor(Role.EDITOR)}` }),
      `subscription { submissionReceived { id title state submission { submitterName } } }`,
    );
    const reader = collect(open(), `subscription { submissionReceived { id } }`);
    await settle();
    const submitted = await app.query(`mutation ($input: SubmitInitiativeInput!) { submitInitiative(input: $input) { id } }`, {
      input: { title: "Live proef", summary: "Voor de abonnees.", submitter: { name: "Tester", email: "t@example.nl" } },
    });
    expect(submitted.body.errors).toBeUndefined();
    const received = await editor.next(1);
    expect(received.data.submissionReceived).toMatchObject({
      title: "Live proef",
      state: "SUBMITTED",
      submission: { submitterName: "Tester" },
    });
    await expect(reader.next(1)).rejects.toThrow("subscription error");
    expect(JSON.stringify(reader.errors)).toMatch(/UNAUTHENTICATED/);

    const id = received.data.submissionReceived.id;
    const readerOnNode = collect(open(), `subscription ($id: ID!) { nodeChanged(id: $id) { version } }`, { id });
    const editorOnNode = collect(
      open({ authorization: `Bearer ${await tokenFor(Role.EDITOR)}` }),
      `subscription ($id: ID!) { nodeChanged(id: $id) { version node { ... on Experiment { subtitle } } } }`,
      { id },
    );
    await settle();
    const edited = await app.query(
      `mutation ($id: ID!) { updateExperiment(id: $id, expectedVersion: 1, input: { subtitle: "bijgewerkt" }) { version } }`,
      { id },
      { as: Role.EDITOR },
    );
    expect(edited.body.errors).toBeUndefined();
    expect((await editorOnNode.next(1)).data.nodeChanged.node.subtitle).toBe("bijgewerkt");
    await settle();
    expect(readerOnNode.events).toEqual([]);
  });

  it("networkChanged: an edge that changes the filtered network sends the new network; one outside the filter sends nothing", async () => {
    const leiden = (await app.query(`{ region(slug: "oor-leiden") { id } }`)).body.data.region.id;
    const {
      experiment: { id: experiment },
      institution: { id: institution },
    } = (await app.query(`{ experiment(slug: "cobra") { id } institution(slug: "lumc") { id } }`)).body.data;
    const query = `subscription ($filter: NetworkFilter) { networkChanged(filter: $filter) { cause { id action } network { totalEdgeCount } } }`;
    const before = (
      await app.query(`query ($filter: NetworkFilter) { collaborationNetwork(filter: $filter) { totalEdgeCount } }`, { filter: null })
    ).body.data.collaborationNetwork.totalEdgeCount;
    const all = collect(open(), query, { filter: null });
    const transmural = collect(open(), query, { filter: { regionId: leiden, kind: "INITIATIVE" } });
    await settle();
    const linked = await app.query(
      `mutation ($input: LinkExperimentInstitutionInput!) { linkExperimentInstitution(input: $input) { role } }`,
      { input: { experimentId: experiment, institutionId: institution, role: "PARTNER" } },
      { as: Role.EDITOR },
    );
    expect(linked.body.errors).toBeUndefined();
    const event = await all.next(1);
    const after = (
      await app.query(`query ($filter: NetworkFilter) { collaborationNetwork(filter: $filter) { totalEdgeCount } }`, { filter: null })
    ).body.data.collaborationNetwork.totalEdgeCount;
    expect(after).toBeGreaterThan(before);
    expect(event.data.networkChanged).toMatchObject({ cause: { action: "LINK" }, network: { totalEdgeCount: after } });
    await settle();
    // the link audits both ends, but the network changed once: one event
    expect(all.events).toHaveLength(1);
    // COBRA is an experiment outside OOR Leiden's initiatives: that network did not change
    expect(transmural.events).toEqual([]);
  });

  it("auth on connect: a bad token is refused (4403), a token that expires closes the socket when it does (4401)", async () => {
    const refused = await new Promise<{ code: number }>((resolve) => {
      const client = open({ authorization: "Bearer not-a-token" }, resolve);
      client.subscribe(
        { query: `subscription ($id: ID!) { nodeChanged(id: $id) { version } }`, variables: { id: lumc.id } },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    });
    expect(refused.code).toBe(4403);
    const expiring = await tokenFor(Role.MEMBER, { expiresIn: "2s" });
    const startedAt = Date.now();
    const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
      const client = open({ authorization: `Bearer ${expiring}` }, resolve);
      client.subscribe(
        { query: `subscription ($id: ID!) { nodeChanged(id: $id) { version } }`, variables: { id: lumc.id } },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    });
    expect(closed).toEqual({ code: 4401, reason: "Token expired" });
    expect(Date.now() - startedAt).toBeGreaterThan(500);
  });

  it("a subscription sent over HTTP is refused with a code and what to do instead", async () => {
    const { status, body } = await app.query(`subscription ($id: ID!) { nodeChanged(id: $id) { version } }`, { id: lumc.id });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "SUBSCRIPTION_OVER_HTTP" } });
    expect(body.errors?.[0].message).toMatch(/graphql-ws/);
  });

  it("bounds: subscriptions per connection, only subscriptions over the socket, the same query limits, and an init timeout", async () => {
    const client = open();
    const subscriptions = Array.from({ length: 21 }, () =>
      collect(client, `subscription ($id: ID!) { nodeChanged(id: $id) { version } }`, { id: lumc.id }),
    );
    await settle();
    const refused = subscriptions.filter((subscription) => subscription.errors.length > 0);
    expect(refused).toHaveLength(1);
    expect(JSON.stringify(refused[0].errors)).toMatch(/TOO_MANY_SUBSCRIPTIONS/);

    const query = collect(open(), `{ institution(slug: "lumc") { name } }`);
    await expect(query.next(1)).rejects.toThrow();
    expect(JSON.stringify(query.errors)).toMatch(/Only subscriptions run over WebSocket/);
    const deep =
      "node { ... on Institution { region { institutions(first: 1) { region { institutions(first: 1) { region { institutions(first: 1) { region { institutions(first: 1) { region { institutions(first: 1) { region { name } } } } } } } } } } } } }";
    const tooDeep = collect(open(), `subscription ($id: ID!) { nodeChanged(id: $id) { ${deep} } }`, { id: lumc.id });
    await expect(tooDeep.next(1)).rejects.toThrow();
    expect(JSON.stringify(tooDeep.errors)).toMatch(/QUERY_TOO_DEEP/);

    // sockets per address: past 50 (this test's own clients hold a few), the upgrade is refused with 429
    const held = Array.from({ length: 50 }, () => new WebSocket(app.url.replace(/^http/, "ws"), "graphql-transport-ws"));
    const outcome = (socket: WebSocket) =>
      new Promise<number>((resolve) =>
        socket
          .on("error", () => undefined)
          .once("open", () => resolve(101))
          .once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0)),
      );
    const outcomes = await Promise.all(held.map(outcome));
    const extra = await outcome(new WebSocket(app.url.replace(/^http/, "ws"), "graphql-transport-ws"));
    held.forEach((socket, index) => outcomes[index] === 101 && socket.close());
    expect(new Set(outcomes)).toEqual(new Set([101, 429]));
    expect(outcomes.filter((status) => status === 101).length).toBeGreaterThanOrEqual(45);
    expect(extra).toBe(429);
    await settle();

    // a socket that never says connection_init is closed by the server
    const silent = new WebSocket(app.url.replace(/^http/, "ws"), "graphql-transport-ws");
    const code = await new Promise<number>((resolve) => silent.on("close", (closeCode) => resolve(closeCode)));
    expect(code).toBe(4408);
  });
});

describe("subscriptions under TRUSTED_DOCUMENTS=only (production)", () => {
  it("run only trusted documents: the explorer's own subscription runs, any other is refused", async () => {
    const app = await startTestApp({ production: true, trustedDocuments: "only" });
    const client = wsClient(app);
    try {
      const other = collect(client, `subscription { networkChanged { network { totalEdgeCount } } }`);
      await expect(other.next(1)).rejects.toThrow();
      expect(JSON.stringify(other.errors)).toMatch(/OPERATION_NOT_TRUSTED/);
      const explorer = explorerOperations().find((operation) => operation.name === "ExploreNetworkChanged")!;
      const trusted = collect(client, explorer.body, { filter: null });
      await settle();
      // the lookup and the write must be trusted too: registered here as an operator would (operations:trust)
      for (const document of [LOOKUP, LINK])
        await app.orm.em
          .getConnection()
          .execute(`insert into "ipo_limits"."persisted_operation" ("sha256", "body", "trusted") values (?, ?, true)`, [
            sha256Hex(document),
            document,
          ]);
      const { experiment, institution } = (await app.query(LOOKUP)).body.data;
      const linked = await app.query(
        LINK,
        { input: { experimentId: experiment.id, institutionId: institution.id, role: "PARTNER" } },
        { as: Role.EDITOR },
      );
      expect(linked.body.errors).toBeUndefined();
      expect((await trusted.next(1)).data.networkChanged.cause.action).toBe("LINK");
    } finally {
      await client.dispose();
      await app.close();
    }
  });
});

const LOOKUP = `{ experiment(slug: "cobra") { id } institution(slug: "lumc") { id } }`;
const LINK = `mutation ($input: LinkExperimentInstitutionInput!) { linkExperimentInstitution(input: $input) { role } }`;
