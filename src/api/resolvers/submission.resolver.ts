import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { requireRole } from "../../request/require-role";
import { Role } from "../../model/viewer";
import type { AppContext } from "../../request/context";
import { AuditAction } from "../../model/entities/audit-event.entity";
import { Experiment } from "../../model/entities/experiment.entity";
import { PublicationState } from "../../model/entities/publication-state";
import { Submission } from "../../model/entities/submission.entity";
import { fetchPage } from "../../sql/page.query";
import { Where } from "../../sql/where";
import { Problems } from "../../features/mutations/problems";
import { submitInitiative } from "../../features/mutations/submit-initiative";
import { toGlobalId } from "../../catalogue/global-id";
import { PaginationArgs } from "../relay/pagination.args";
import { moveState, StateChange } from "./archive.resolver";
import { ConnectionType } from "../relay/connection.type";
import { SubmitInitiativeInput } from "../../features/mutations/submission.inputs";

@ArgsType()
class SubmissionsArgs extends PaginationArgs {
  @Field(() => PublicationState, { defaultValue: PublicationState.SUBMITTED, description: "SUBMITTED (waiting), PUBLISHED or REJECTED." })
  state!: PublicationState;
}

/** Records the editor's decision on the submission itself. */
function decide(ctx: AppContext, rejectionReason: string | null) {
  return async (em: AppContext["em"], node: { pk: number }) => {
    const submission = await em.findOneOrFail(Submission, { experiment: node.pk } as never);
    submission.decidedAt = new Date().toISOString();
    submission.decidedBy = ctx.viewer.subject;
    submission.rejectionReason = rejectionReason;
    await em.flush();
    return rejectionReason ? { rejectionReason } : {};
  };
}

@Resolver()
export class SubmissionResolver {
  @Mutation(() => StateChange, {
    description:
      "Propose an initiative: open to anyone, no token needed. It is stored as SUBMITTED, visible only to editors until one publishes it (then everyone sees it everywhere) or rejects it. Every problem of the input is reported at once in `extensions.problems`.",
  })
  async submitInitiative(
    @Arg("input", () => SubmitInitiativeInput, { description: "The initiative and who submits it." }) input: SubmitInitiativeInput,
    @Ctx() ctx: AppContext,
  ): Promise<StateChange> {
    const { pk, version } = await submitInitiative(ctx, input);
    return { id: toGlobalId("Experiment", pk), state: PublicationState.SUBMITTED, version };
  }

  @Mutation(() => StateChange, {
    description:
      "Publish a submitted initiative (EDITOR): from now on everyone sees it, in lists, relations, search, graph queries and `_entities`.",
  })
  publish(
    @Arg("id", () => ID, { description: "The submitted experiment." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The `version` you reviewed." }) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): Promise<StateChange> {
    requireRole(ctx, Role.EDITOR);
    return moveState(
      ctx,
      id,
      expectedVersion,
      { from: [PublicationState.SUBMITTED], to: PublicationState.PUBLISHED, action: AuditAction.PUBLISH, also: decide(ctx, null) },
      ["Experiment"],
    );
  }

  @Mutation(() => StateChange, {
    description:
      "Reject a submitted initiative with a reason (EDITOR): it stays out of every read; editors find it in `submissions(state: REJECTED)`.",
  })
  reject(
    @Arg("id", () => ID, { description: "The submitted experiment." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The `version` you reviewed." }) expectedVersion: number,
    @Arg("reason", { description: "Why, for the submitter: 1 to 2,000 characters." }) reason: string,
    @Ctx() ctx: AppContext,
  ): Promise<StateChange> {
    requireRole(ctx, Role.EDITOR);
    const problems = new Problems();
    const trimmed = problems.text("reason", reason, 2000, { required: true })!;
    problems.throwIfAny();
    return moveState(
      ctx,
      id,
      expectedVersion,
      { from: [PublicationState.SUBMITTED], to: PublicationState.REJECTED, action: AuditAction.REJECT, also: decide(ctx, trimmed) },
      ["Experiment"],
    );
  }

  @Query(() => ConnectionType(Experiment, "Experiment"), {
    description:
      "Initiatives proposed through `submitInitiative`, in a state (SUBMITTED by default), newest first (EDITOR). Their `submission` tells who sent them.",
  })
  submissions(@Args() args: SubmissionsArgs, @Ctx() ctx: AppContext) {
    requireRole(ctx, Role.EDITOR);
    // rejected submissions are in no other view: editors' connections have this one (migration Migration20261201120000)
    return fetchPage(ctx, Experiment, new Where().add(`t."state" = ?`, args.state), args, {
      order: { name: "NEWEST", by: [{ property: "pk", descending: true }], counts: [] },
      source: "submitted_experiment",
    });
  }
}
