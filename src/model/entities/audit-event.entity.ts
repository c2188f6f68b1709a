import { Entity, Enum, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";

export enum AuditAction {
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  ARCHIVE = "ARCHIVE",
  RESTORE = "RESTORE",
  LINK = "LINK",
  UNLINK = "UNLINK",
  SUBMIT = "SUBMIT",
  PUBLISH = "PUBLISH",
  REJECT = "REJECT",
}
registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "What a write did.",
  valuesConfig: {
    CREATE: { description: "The node was created." },
    UPDATE: { description: "The node's fields were changed." },
    ARCHIVE: { description: "The node was archived: kept, but left out of every read." },
    RESTORE: { description: "An archived node was published again." },
    LINK: { description: "An edge to another node was added (recorded at both ends)." },
    UNLINK: { description: "An edge to another node was removed (recorded at both ends, with its facts in `before`)." },
    SUBMIT: { description: "Proposed by anyone through `submitInitiative`." },
    PUBLISH: { description: "An editor published a submission." },
    REJECT: { description: "An editor rejected a submission, with a reason." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One write to a node: who, when, what, and the values before and after." })
@Entity({ tableName: "audit_event" })
@Index({ properties: ["nodeType", "nodePk", "pk"] })
// an IRI with an old slug finds the node it named (linked-data.routes): slugs an update replaced
@Index({
  name: "audit_event_replaced_slug_index",
  expression: `create index "audit_event_replaced_slug_index" on "audit_event" ("node_type", ("before"->>'slug')) where "action" = 'UPDATE'`,
})
export class AuditEvent {
  @PrimaryKey({ type: "integer" })
  pk!: number;

  @Field(() => ID, { description: "Global id of the node written." })
  @Property({ persist: false })
  nodeId?: string;

  @Property({ type: "string", length: 40 })
  nodeType!: string;

  @Property({ type: "integer" })
  nodePk!: number;

  @Field(() => AuditAction, { description: "What the write did." })
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Field(() => String, { nullable: true, description: "Token subject of whoever wrote it." })
  @Property({ type: "string", length: 200, nullable: true })
  actorSubject!: string | null;

  @Field({ description: "Role the writer had." })
  @Property({ type: "string", length: 20 })
  actorRole!: string;

  @Field({ description: "When it was written (ISO 8601)." })
  @Property({ type: "string", columnType: "timestamptz", defaultRaw: "now()" })
  at!: string;

  @Field(() => Int, { description: "The node's version after the write." })
  @Property({ type: "integer" })
  version!: number;

  @Field(() => GraphQLJSON, { nullable: true, description: "The changed fields before the write (null for a create)." })
  @Property({ type: "json", nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { description: "The changed fields after the write." })
  @Property({ type: "json" })
  after!: Record<string, unknown>;
}
