import { Field, InputType } from "type-graphql";
import { CollaborationDomain, ExperimentStatus } from "../entities/experiment.entity";

@InputType({ description: "Changes to an experiment; fields left out stay as they are, null clears an optional field." })
export class UpdateExperimentInput {
  @Field(() => String, { nullable: true, description: "New title, 1 to 300 characters." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "New subtitle, at most 300 characters; null clears it." })
  subtitle?: string | null;

  @Field(() => String, { nullable: true, description: "New summary, at most 10,000 characters; null clears it." })
  summary?: string | null;

  @Field(() => ExperimentStatus, { nullable: true, description: "New status." })
  status?: ExperimentStatus | null;

  @Field(() => [CollaborationDomain], { nullable: true, description: "New collaboration domains (no duplicates)." })
  domains?: CollaborationDomain[] | null;

  @Field(() => [String], { nullable: true, description: "New goals, at most 30, each 1 to 1,000 characters." })
  goals?: string[] | null;
}
