import { Entity, Enum, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";

export enum AuditAction {
  CREATE = "CREATE",
  UPDATE = "UPDATE",
}
registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "What a write did.",
  valuesConfig: { CREATE: { description: "The node was created." }, UPDATE: { description: "The node's fields were changed." } },
});

@ObjectType({ simpleResolvers: true, description: "One write to a node: who, when, what, and the values before and after." })
@Entity({ tableName: "audit_event" })
@Index({ properties: ["nodeType", "nodePk", "pk"] })
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

  @Field(() => AuditAction, { description: "Create or update." })
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
