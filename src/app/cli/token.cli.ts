import "reflect-metadata";
import { SignJWT } from "jose";
import { readConfig } from "../config";
import { Role } from "../../model/viewer";

/** `npm run token -- --role editor [--subject you] [--hours 8]`: a bearer token signed with the local secret, for Sandbox. */
async function main() {
  const argument = (name: string) => {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const role = (argument("role") ?? "member").toUpperCase();
  if (!(Object.values(Role) as string[]).includes(role))
    throw new Error(`--role must be one of ${Object.values(Role).join(", ").toLowerCase()}`);
  const { auth } = readConfig();
  const hours = Number(argument("hours") ?? 8);
  if (!Number.isFinite(hours) || hours <= 0 || hours > auth.maxTokenHours)
    throw new Error(`--hours must be more than 0 and at most ${auth.maxTokenHours} (AUTH_MAX_TOKEN_HOURS)`);
  if (!auth.jwtSecret)
    throw new Error(
      "No AUTH_JWT_SECRET is set, and outside development (NODE_ENV=development or test, or no NODE_ENV on a loopback HOST) there is no local secret.",
    );
  let token = new SignJWT({ role })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(argument("subject") ?? `local-${role.toLowerCase()}`)
    .setIssuedAt()
    .setExpirationTime(`${hours}h`);
  if (auth.issuer) token = token.setIssuer(auth.issuer);
  if (auth.audience) token = token.setAudience(auth.audience);
  const jwt = await token.sign(new TextEncoder().encode(auth.jwtSecret));
  console.log(jwt);
  console.error(`\nIn Sandbox, add the header  Authorization: Bearer <the token above>  (role ${role}, valid ${hours} h).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
