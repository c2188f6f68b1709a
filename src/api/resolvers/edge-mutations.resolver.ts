import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { requireRole } from "../../request/require-role";
import { Role } from "../../model/viewer";
import type { AppContext } from "../../request/context";
import type { EdgeWriteSpec } from "../../features/mutations/edge-write-specs";
import { buildInputType, type InputValues } from "../../features/mutations/input-types";
import { validateInput } from "../../features/mutations/validate-input";
import { linkEdge, unlinkEdge } from "../../features/mutations/write-edge";

/** `link<Edge>` and `unlink<Edge>` for one edge type that carries facts (EDITOR), each one audited transaction. */
export function edgeMutationsResolver(spec: EdgeWriteSpec) {
  const [from, to] = spec.ends;
  const keyFields = spec.key.map((field) => ({ ...field, required: true, nullable: false }));
  const LinkInput = buildInputType(`Link${spec.type}Input`, `A new ${spec.type}: ${spec.label}.`, spec.fields, "create");
  const UnlinkInput = buildInputType(
    `Unlink${spec.type}Input`,
    `Which ${spec.type} to remove: ${spec.key.map((field) => field.inputName).join(", ")}.`,
    keyFields,
    "create",
  );

  @Resolver()
  class EdgeMutationsResolver {
    @Mutation(() => spec.entity, {
      name: `link${spec.type}`,
      description: `Add ${spec.label} (EDITOR): links a ${from.target!.type} and a ${to.target!.type} with the facts of the link. Both must exist and be visible to you; the same link twice is refused.`,
    })
    async link(
      @Arg("input", () => LinkInput, { description: "The two ends and the facts of the link." }) input: InputValues,
      @Ctx() ctx: AppContext,
    ) {
      requireRole(ctx, Role.EDITOR);
      return linkEdge(ctx, spec, await validateInput(ctx, spec, input));
    }

    @Mutation(() => spec.entity, {
      name: `unlink${spec.type}`,
      description: `Remove ${spec.label} (EDITOR); the audit trail of both ends keeps its facts. Returns the link as it was; NOT_FOUND when there is none.`,
    })
    async unlink(@Arg("input", () => UnlinkInput, { description: "The link to remove." }) input: InputValues, @Ctx() ctx: AppContext) {
      requireRole(ctx, Role.EDITOR);
      const key = await validateInput(ctx, { ...spec, fields: keyFields, check: undefined }, input);
      return unlinkEdge(ctx, spec, key);
    }
  }
  Object.defineProperty(EdgeMutationsResolver, "name", { value: `${spec.type}MutationsResolver` });
  return EdgeMutationsResolver;
}
