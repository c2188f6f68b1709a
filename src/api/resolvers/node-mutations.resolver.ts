import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { requireRole } from "../../request/require-role";
import { Role } from "../../model/viewer";
import type { AppContext } from "../../request/context";
import { buildInputType, type InputValues } from "../../features/mutations/input-types";
import type { NodeWriteSpec } from "../../features/mutations/node-write-specs";
import { validateInput } from "../../features/mutations/validate-input";
import { createNode, updateNode, type NodeWrite } from "../../features/mutations/write-node";
import { decodeGlobalId } from "../../catalogue/global-id";

function nodeWrite(spec: NodeWriteSpec, values: Record<string, unknown>): NodeWrite {
  return {
    entity: spec.entity as NodeWrite["entity"],
    type: spec.type,
    values,
    relations: spec.relations,
    uniqueFields: spec.fields.map((field) => ({ column: field.column, inputName: field.inputName })),
  };
}

/**
 * `create<Type>` and `update<Type>` for one node type (EDITOR): inputs derived from the entity, every
 * problem reported at once per field, one transaction with its audit event, optimistic versions.
 */
export function nodeMutationsResolver(spec: NodeWriteSpec) {
  const CreateInput = buildInputType(
    `Create${spec.type}Input`,
    `A new ${spec.type}. Without a slug, one is made from its name or title.`,
    spec.fields,
    "create",
  );
  const UpdateInput = buildInputType(
    `Update${spec.type}Input`,
    `Changes to a ${spec.type}: fields left out stay as they are; null clears an optional field.`,
    spec.fields,
    "update",
  );

  @Resolver()
  class NodeMutationsResolver {
    @Mutation(() => spec.entity, {
      name: `create${spec.type}`,
      description: `Create a ${spec.type} (EDITOR), published at version 1. Every problem with the input is reported at once in \`extensions.problems\`; nothing is written then.`,
    })
    async create(@Arg("input", () => CreateInput, { description: `The new ${spec.type}.` }) input: InputValues, @Ctx() ctx: AppContext) {
      requireRole(ctx, Role.EDITOR);
      const values = await validateInput(ctx, spec, input);
      const row = await createNode(ctx, nodeWrite(spec, values));
      ctx.loaders.node(spec.entity).clear(row.pk).prime(row.pk, row);
      return row;
    }

    @Mutation(() => spec.entity, {
      name: `update${spec.type}`,
      description: `Change a ${spec.type} (EDITOR) if it is still at \`expectedVersion\`; otherwise CONFLICT and nothing is written.`,
    })
    async update(
      @Arg("id", () => ID, { description: `The ${spec.type} to change.` }) id: string,
      @Arg("expectedVersion", () => Int, { description: "The `version` you read; the change is refused when someone changed it since." })
      expectedVersion: number,
      @Arg("input", () => UpdateInput, { description: "The fields to change." }) input: InputValues,
      @Ctx() ctx: AppContext,
    ) {
      requireRole(ctx, Role.EDITOR);
      const { pk } = decodeGlobalId(id, spec.type);
      const values = await validateInput(ctx, spec, input, pk);
      const row = await updateNode(ctx, pk, expectedVersion, nodeWrite(spec, values));
      ctx.loaders.node(spec.entity).clear(pk).prime(pk, row);
      return row;
    }
  }
  Object.defineProperty(NodeMutationsResolver, "name", { value: `${spec.type}MutationsResolver` });
  return NodeMutationsResolver;
}
