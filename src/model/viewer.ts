import { Field, ObjectType, registerEnumType } from "type-graphql";

/** Roles, lowest first; each role can do what the ones before it can. */
export enum Role {
  READER = "READER",
  MEMBER = "MEMBER",
  EDITOR = "EDITOR",
  ADMIN = "ADMIN",
}
registerEnumType(Role, {
  name: "Role",
  description: "What a caller may do. Anonymous callers are readers; a bearer token can make them more.",
  valuesConfig: {
    READER: { description: "Anyone, without a token: published data, without personal data." },
    MEMBER: { description: "A member of the network: also sees personal data such as contact e-mail addresses." },
    EDITOR: { description: "Programme staff who curate the network." },
    ADMIN: { description: "Administrators." },
  },
});

const RANK: Record<Role, number> = { READER: 0, MEMBER: 1, EDITOR: 2, ADMIN: 3 };

@ObjectType({
  simpleResolvers: true,
  description: "Who is asking: the role and subject taken from the bearer token (a reader without one).",
})
export class Viewer {
  @Field(() => Role, { description: "The caller's role." })
  role!: Role;

  @Field(() => String, { nullable: true, description: "The token's subject (`sub`), null for anonymous readers." })
  subject!: string | null;
}

export const ANONYMOUS: Viewer = { role: Role.READER, subject: null };

export function hasRole(viewer: Viewer, role: Role): boolean {
  return RANK[viewer.role] >= RANK[role];
}

/** The highest known role among the token's claims (`role` or `roles`); unknown names are ignored. */
export function roleFromClaims(claims: { role?: unknown; roles?: unknown }): Role {
  const names = [claims.role, ...(Array.isArray(claims.roles) ? claims.roles : [])]
    .filter((name): name is string => typeof name === "string")
    .map((name) => name.toUpperCase());
  return (Object.values(Role) as Role[]).filter((role) => names.includes(role)).sort((a, b) => RANK[b] - RANK[a])[0] ?? Role.READER;
}
