import type { AppContext } from "../../request/context";
import { AuditAction, AuditEvent } from "../../model/entities/audit-event.entity";
import { Experiment, ExperimentKind, ExperimentStatus } from "../../model/entities/experiment.entity";
import { ExperimentInstitution } from "../../model/entities/experiment-institution.entity";
import { ExperimentSpecialty } from "../../model/entities/experiment-specialty.entity";
import { Institution } from "../../model/entities/institution.entity";
import { PublicationState } from "../../model/entities/publication-state";
import { Specialty } from "../../model/entities/specialty.entity";
import { Submission } from "../../model/entities/submission.entity";
import { tryDecodeGlobalId } from "../../catalogue/global-id";
import type { SubmitInitiativeInput } from "./submission.inputs";
import { nodeWriteSpecs } from "./node-write-specs";
import { Problems } from "./problems";
import { ProblemCode } from "../../platform/problem-code";
import { freeSlug, validateInput } from "./validate-input";
import { type NodeTypeName } from "../../catalogue/node-types";
import { type EntityClass } from "../../catalogue/catalogue.types";

const SUBMITTED_FIELDS = ["title", "subtitle", "summary", "careTheme", "patientGroup", "domains", "goals", "startYear", "status"];
const REQUIRED = new Set(["title", "summary"]);
const MAX_LINKS = 20;

/**
 * Without a token, an initiative is held to smaller sizes than the columns allow (an editor may write up to
 * those): about 15,000 characters in all instead of about 136,000.
 */
export const ANONYMOUS_SUBMISSION_CAPS = { text: 2_000, goals: 10, goal: 500, links: 10, message: 2_000 } as const;
const ANONYMOUS_CAPPED_TEXTS = ["summary", "careTheme", "patientGroup"] as const;

/** Only fields the general rules found nothing wrong with are held to the caps, so each problem is told once. */
function checkAnonymousCaps(found: Problems, input: SubmitInitiativeInput): void {
  const caps = ANONYMOUS_SUBMISSION_CAPS;
  const problems = {
    add: (field: string, code: ProblemCode, message: string, limit: number) =>
      void (found.list.some((p) => p.field === field) || found.add(field, code, message, limit)),
  };
  for (const field of ANONYMOUS_CAPPED_TEXTS) {
    const value = input[field]?.trim();
    if (value && value.length > caps.text)
      problems.add(field, ProblemCode.TOO_LONG, `is ${value.length} characters long; without a token the most is ${caps.text}`, caps.text);
  }
  const goals = input.goals ?? [];
  if (goals.length > caps.goals)
    problems.add("goals", ProblemCode.TOO_MANY, `has ${goals.length} entries; without a token the most is ${caps.goals}`, caps.goals);
  goals.forEach((goal, index) => {
    if (goal.trim().length > caps.goal)
      problems.add(
        `goals[${index}]`,
        ProblemCode.TOO_LONG,
        `is ${goal.trim().length} characters long; without a token the most is ${caps.goal}`,
        caps.goal,
      );
  });
  for (const field of ["institutions", "specialties"] as const) {
    const count = input[field]?.length ?? 0;
    if (count > caps.links)
      problems.add(field, ProblemCode.TOO_MANY, `has ${count} entries; without a token the most is ${caps.links}`, caps.links);
  }
  const message = input.submitter.message?.trim();
  if (message && message.length > caps.message)
    problems.add(
      "submitter.message",
      ProblemCode.TOO_LONG,
      `is ${message.length} characters long; without a token the most is ${caps.message}`,
      caps.message,
    );
}

/** Ids in a list of a submission, each checked to name a node the submitter can see; repeats are problems too. */
async function checkLinks(
  ctx: AppContext,
  problems: Problems,
  field: string,
  ids: string[],
  type: NodeTypeName,
  entity: EntityClass,
): Promise<number[]> {
  if (ids.length > MAX_LINKS) {
    problems.add(field, ProblemCode.TOO_MANY, `has ${ids.length} entries; the most is ${MAX_LINKS}`, MAX_LINKS);
    return [];
  }
  const pks: number[] = [];
  for (const [index, id] of ids.entries()) {
    const decoded = tryDecodeGlobalId(id);
    if (!decoded || decoded.type !== type) problems.add(`${field}[${index}]`, ProblemCode.NOT_AN_ID, `must be the id of a ${type}`);
    else if (!(await ctx.loaders.node(entity).load(decoded.pk)))
      problems.add(`${field}[${index}]`, ProblemCode.NOT_FOUND, `names no published ${type}`);
    else pks.push(decoded.pk);
  }
  return pks;
}

/**
 * Stores a proposed initiative as SUBMITTED (visible to editors only) with its links and who sent it,
 * in one transaction with a SUBMIT audit event. Every problem of the input is reported at once.
 */
export async function submitInitiative(ctx: AppContext, input: SubmitInitiativeInput): Promise<{ pk: number; version: number }> {
  const problems = new Problems();
  const experimentSpec = nodeWriteSpecs().get("Experiment")!;
  const spec = {
    ...experimentSpec,
    fields: experimentSpec.fields
      .filter((f) => SUBMITTED_FIELDS.includes(f.property))
      .map((f) => ({ ...f, required: REQUIRED.has(f.property) })),
    check: undefined,
  };
  const values = await validateInput(ctx, spec, input as never, undefined, problems);

  const institutions = input.institutions ?? [];
  const specialties = input.specialties ?? [];
  const institutionPks = await checkLinks(
    ctx,
    problems,
    "institutions",
    institutions.map((i) => i.institutionId),
    "Institution",
    Institution,
  );
  const specialtyPks = await checkLinks(
    ctx,
    problems,
    "specialties",
    specialties.map((s) => s.specialtyId),
    "Specialty",
    Specialty,
  );
  const pairs = (keys: string[]) => new Set(keys).size !== keys.length;
  if (institutionPks.length === institutions.length && pairs(institutions.map((i, n) => `${institutionPks[n]}:${i.role}`)))
    problems.add("institutions", ProblemCode.REPEATED, "may not name the same institution in the same role twice");
  if (specialtyPks.length === specialties.length && pairs(specialties.map((s, n) => `${specialtyPks[n]}:${s.level}`)))
    problems.add("specialties", ProblemCode.REPEATED, "may not name the same specialty at the same level twice");

  if (ctx.viewer.subject === null) checkAnonymousCaps(problems, input);
  const submitterName = problems.text("submitter.name", input.submitter.name, 200, { required: true });
  const submitterEmail = problems.email("submitter.email", input.submitter.email);
  const submitterOrganisation = problems.text("submitter.organisation", input.submitter.organisation, 200);
  const message = problems.text("submitter.message", input.submitter.message, 5000);
  problems.throwIfAny();

  return ctx.em.fork().transactional(async (em) => {
    // two submissions with one title wait for each other here, and the second takes the next number
    const slug = await freeSlug(ctx, experimentSpec, input as never, em);
    const experiment = em.create(Experiment, {
      goals: [],
      domains: [],
      nextSteps: [],
      status: ExperimentStatus.RUNNING,
      ...values,
      slug,
      kind: ExperimentKind.INITIATIVE,
      state: PublicationState.SUBMITTED,
    } as never);
    await em.flush();
    institutions.forEach((link, n) =>
      em.create(ExperimentInstitution, { experiment: experiment.pk, institution: institutionPks[n], role: link.role } as never),
    );
    specialties.forEach((link, n) =>
      em.create(ExperimentSpecialty, { experiment: experiment.pk, specialty: specialtyPks[n], level: link.level } as never),
    );
    em.create(Submission, {
      experiment: experiment.pk,
      submitterName,
      submitterEmail,
      submitterOrganisation: submitterOrganisation ?? null,
      message: message ?? null,
    } as never);
    // the submitter's address stays in the submission (editors only), not in the audit trail
    em.create(AuditEvent, {
      nodeType: "Experiment",
      nodePk: experiment.pk,
      action: AuditAction.SUBMIT,
      actorSubject: ctx.viewer.subject,
      actorRole: ctx.viewer.role,
      version: experiment.version,
      before: null,
      after: { ...values, slug, state: PublicationState.SUBMITTED, institutions: institutions.length, specialties: specialties.length },
    } as never);
    await em.flush();
    return { pk: experiment.pk, version: experiment.version };
  });
}
