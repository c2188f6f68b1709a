import { createHmac } from "node:crypto";
import { Client } from "pg";
import { VISIBILITIES, type Visibility } from "./visibility";

/**
 * The database role each visibility reads as, and the one schema of views it is granted (both from
 * visibility.ts). These roles own nothing and hold no privilege on the tables: whatever SQL a read sends,
 * `public.experiment` is refused (permission denied) and only the views' rows can be read. The views run
 * with their owner's rights.
 */
export const READ_ROLES: Record<Visibility, { role: string; schema: string }> = VISIBILITIES;

/**
 * Each role's password, derived from the owner's credentials and server (not the database name: roles
 * belong to the whole server), so every replica with the same DATABASE_URL derives the same one.
 */
function passwordFor(ownerUrl: URL, role: string, secret: string | undefined): string {
  const server = `${ownerUrl.username}:${decodeURIComponent(ownerUrl.password)}@${ownerUrl.host}`;
  return createHmac("sha256", secret ?? server)
    .update(role)
    .digest("hex");
}

function urlAs(ownerUrl: URL, role: string, password: string): string {
  const url = new URL(ownerUrl.toString());
  url.username = role;
  url.password = password;
  return url.toString();
}

async function canLogIn(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates the read roles when missing (the owner needs CREATEROLE), grants each its schema of views in
 * this database, and returns the URL each visibility connects with. Run after the migrations, on every
 * start, so views added later are granted too.
 */
export async function ensureReadRoles(ownerUrlText: string, { secret }: { secret?: string } = {}): Promise<Record<Visibility, string>> {
  const ownerUrl = new URL(ownerUrlText);
  const client = new Client({ connectionString: ownerUrlText });
  await client.connect();
  const urls = {} as Record<Visibility, string>;
  try {
    // two servers starting on one database take turns (grants on one object at once fail otherwise)
    await client.query(`select pg_advisory_lock(hashtext('ipo_graph.read_roles'))`);
    for (const [visibility, { role, schema }] of Object.entries(READ_ROLES) as Array<[Visibility, (typeof READ_ROLES)[Visibility]]>) {
      const password = passwordFor(ownerUrl, role, secret);
      const url = urlAs(ownerUrl, role, password);
      if (!(await canLogIn(url))) {
        const roleName = client.escapeIdentifier(role);
        const secretLiteral = client.escapeLiteral(password);
        try {
          // several servers may start at once: whoever is second finds the role there
          await client.query(
            `do $$ begin create role ${roleName} login password ${secretLiteral}; exception when duplicate_object or unique_violation then null; end $$`,
          );
          if (!(await canLogIn(url))) await client.query(`alter role ${roleName} with login password ${secretLiteral}`);
        } catch (error) {
          throw new Error(
            `Cannot create the read role ${role}: ${(error as Error).message}. The DATABASE_URL user needs CREATEROLE (a superuser and the admin user of managed PostgreSQL services have it): IPO Graph reads as roles that can see nothing but their views.`,
          );
        }
      }
      const roleName = client.escapeIdentifier(role);
      const schemaName = client.escapeIdentifier(schema);
      const database = client.escapeIdentifier((await client.query<{ name: string }>(`select current_database() as name`)).rows[0]!.name);
      await client.query(`grant connect on database ${database} to ${roleName}`);
      await client.query(`grant usage on schema ${schemaName} to ${roleName}`);
      await client.query(`grant select on all tables in schema ${schemaName} to ${roleName}`);
      urls[visibility] = url;
    }
  } finally {
    await client.end();
  }
  return urls;
}
