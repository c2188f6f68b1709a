import { SignJWT } from "jose";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { Role } from "../src/model/viewer";
import { startTestApp, tokenFor, type TestApp } from "./support/test-app";
import { LOCAL_DEVELOPMENT_SECRET } from "../src/request/auth-settings";

const CONTACT = `{ person(slug: "klaas-nauta") { name email } viewer { role subject } }`;

describe("bearer tokens and personal data", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("hides contact e-mail addresses from anonymous readers, and shows them to members and up", async () => {
    const anonymous = await app.query(CONTACT);
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data).toEqual({ person: { name: "Klaas Nauta", email: null }, viewer: { role: "READER", subject: null } });
    for (const role of [Role.MEMBER, Role.EDITOR, Role.ADMIN]) {
      const { body } = await app.query(CONTACT, undefined, { as: role });
      expect(body.data).toEqual({
        person: { name: "Klaas Nauta", email: "k.nauta@amsterdamumc.nl" },
        viewer: { role, subject: `test-${role.toLowerCase()}` },
      });
    }
    const reader = await app.query(CONTACT, undefined, { as: Role.READER });
    expect(reader.body.data.person.email).toBeNull();
  });

  it("hides e-mail addresses everywhere a person can be reached: lists, search, node", async () => {
    const { body } = await app.query(
      `{ people(first: 100) { nodes { email } } search(query: "Nauta") { nodes { node { ... on Person { email } } } } experiment(slug: "cobra") { people { person { email } } } }`,
    );
    expect(body.data.people.nodes.every((p: any) => p.email === null)).toBe(true);
    expect(body.data.search.nodes.map((n: any) => n.node.email)).toEqual([null]);
    expect(body.data.experiment.people.map((p: any) => p.person.email)).toEqual([null, null]);
  });

  it("rejects tokens that do not verify with 401 UNAUTHENTICATED instead of treating the caller as anonymous", async () => {
    const cases: Array<[string, string]> = [
      ["a token signed with another secret", `Bearer ${await tokenFor(Role.ADMIN, { secret: "some-other-secret-of-sufficient-length" })}`],
      ["an expired token", `Bearer ${await tokenFor(Role.ADMIN, { expiresIn: "-1m" })}`],
      [
        "a token without an expiry (`exp`)",
        `Bearer ${await new SignJWT({ role: "admin" }).setProtectedHeader({ alg: "HS256" }).setSubject("forever").setIssuedAt().sign(new TextEncoder().encode(LOCAL_DEVELOPMENT_SECRET))}`,
      ],
      ["a malformed token", "Bearer not.a.jwt"],
      ["another scheme", "Basic dXNlcjpwYXNz"],
      ["a header far too long", `Bearer ${"a".repeat(5000)}`],
    ];
    for (const [name, authorization] of cases) {
      const { status, body } = await app.query(CONTACT, undefined, { headers: { authorization } });
      expect({ name, status, code: body.errors?.[0]?.extensions?.code }).toEqual({ name, status: 401, code: "UNAUTHENTICATED" });
      expect(body.data).toBeUndefined();
    }
  });

  it("accepts the token `npm run token` prints", async () => {
    const script = path.join(__dirname, "..", "dist", "src", "app", "cli", "token.cli.js");
    const token = execFileSync(process.execPath, [script, "--role", "editor", "--subject", "sandbox-user"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    const { body } = await app.query(`{ viewer { role subject } }`, undefined, { headers: { authorization: `Bearer ${token}` } });
    expect(body.data.viewer).toEqual({ role: "EDITOR", subject: "sandbox-user" });
  });
});
