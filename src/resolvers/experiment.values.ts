import { Problems } from "../mutations/problems";
import type { UpdateExperimentInput } from "./experiment.inputs";

/** Checks an experiment update and turns it into entity values: every problem at once, per field. */
export function experimentValues(input: UpdateExperimentInput): Record<string, unknown> {
  const problems = new Problems();
  if (input.title === null) problems.add("title", "may not be null");
  problems.text("title", input.title, 300);
  problems.text("subtitle", input.subtitle, 300);
  problems.text("summary", input.summary, 10_000);
  if (input.domains && new Set(input.domains).size !== input.domains.length) problems.add("domains", "may not repeat a domain");
  if (input.goals) {
    if (input.goals.length > 30) problems.add("goals", `has ${input.goals.length} goals; the most is 30`);
    input.goals.forEach((goal, index) => problems.text(`goals[${index}]`, goal, 1000, { required: true }));
  }
  problems.throwIfAny();
  const values: Record<string, unknown> = {};
  if (input.title != null) values.title = input.title;
  if (input.subtitle !== undefined) values.subtitle = input.subtitle;
  if (input.summary !== undefined) values.summary = input.summary;
  if (input.status != null) values.status = input.status;
  if (input.domains != null) values.domains = input.domains;
  if (input.goals != null) values.goals = input.goals;
  return values;
}
