import { Field, ID, InputType, Int } from "type-graphql";
import { CollaborationDomain, ExperimentStatus } from "../../model/entities/experiment.entity";
import { InstitutionRole } from "../../model/entities/experiment-institution.entity";
import { ParticipantLevel } from "../../model/entities/experiment-specialty.entity";

@InputType({ description: "Who submits an initiative, so that an editor can reach them." })
export class SubmitterInput {
  @Field({ description: "Your name, 1 to 200 characters." })
  name!: string;

  @Field({ description: "Your e-mail address; only editors see it." })
  email!: string;

  @Field(() => String, { nullable: true, description: "Your organisation, at most 200 characters." })
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: "Anything the editors should know, at most 5,000 characters." })
  message?: string | null;
}

@InputType({ description: "An institution taking part in a submitted initiative." })
export class SubmittedInstitutionInput {
  @Field(() => ID, { description: "Id of a published institution (find it with `institutions` or `search`)." })
  institutionId!: string;

  @Field(() => InstitutionRole, { description: "Its part in the initiative." })
  role!: InstitutionRole;
}

@InputType({ description: "A specialty or profession taking part in a submitted initiative." })
export class SubmittedSpecialtyInput {
  @Field(() => ID, { description: "Id of a published specialty." })
  specialtyId!: string;

  @Field(() => ParticipantLevel, { description: "Who of that specialty takes part (aios, supervisors, ...)." })
  level!: ParticipantLevel;
}

@InputType({ description: 'A new initiative in interprofessional education, proposed by anyone ("heb je zelf een mooi initiatief?").' })
export class SubmitInitiativeInput {
  @Field({ description: "Title, 1 to 300 characters." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Subtitle, at most 300 characters." })
  subtitle?: string | null;

  @Field({ description: "What the initiative is about, 1 to 10,000 characters." })
  summary!: string;

  @Field(() => String, { nullable: true, description: "The care theme that asks for collaboration, at most 10,000 characters." })
  careTheme?: string | null;

  @Field(() => String, { nullable: true, description: "The patients it concerns, at most 10,000 characters." })
  patientGroup?: string | null;

  @Field(() => [CollaborationDomain], { nullable: true, description: "Where the collaboration takes place (no repeats)." })
  domains?: CollaborationDomain[] | null;

  @Field(() => [String], { nullable: true, description: "Goals, at most 50, each 1 to 2,000 characters." })
  goals?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Year it started (1900-2100)." })
  startYear?: number | null;

  @Field(() => ExperimentStatus, { nullable: true, description: "Where it stands; RUNNING when left out." })
  status?: ExperimentStatus | null;

  @Field(() => [SubmittedInstitutionInput], { nullable: true, description: "Institutions taking part, at most 20." })
  institutions?: SubmittedInstitutionInput[] | null;

  @Field(() => [SubmittedSpecialtyInput], { nullable: true, description: "Specialties taking part, at most 20." })
  specialties?: SubmittedSpecialtyInput[] | null;

  @Field(() => SubmitterInput, { description: "Who submits it." })
  submitter!: SubmitterInput;
}
