import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum ProvenanceKind {
  STATED = "STATED",
  INFERRED = "INFERRED",
  ENTERED = "ENTERED",
}
registerEnumType(ProvenanceKind, {
  name: "ProvenanceKind",
  description: "Where a node's or an edge's facts come from.",
  valuesConfig: {
    STATED: { description: "Stated in a source text (`statedIn`)." },
    INFERRED: {
      description: "Partly inferred, not stated: `inferredBecause` says what and why (`statedIn` names the text it is read from, if any).",
    },
    ENTERED: { description: "Entered through the API by an editor or a submitter (the audit trail says who and when)." },
  },
});

@ObjectType({ simpleResolvers: true, description: "A source text the seed data was taken from." })
export class Source {
  @Field({ description: "Stable key, e.g. `DUO_PROJECT`." })
  key!: string;

  @Field({ description: "Title of the text." })
  title!: string;

  @Field({ description: "Who published it." })
  publisher!: string;

  @Field({ description: "File of the text in the repository's seed folder." })
  file!: string;
}

@ObjectType({ simpleResolvers: true, description: "Whether a node's or an edge's facts are stated in a source text or inferred, and why." })
export class Provenance {
  @Field(() => ProvenanceKind, { description: "STATED, INFERRED or ENTERED." })
  kind!: ProvenanceKind;

  @Field(() => Source, {
    nullable: true,
    description: "The text that states it (or that it is inferred from); null for what was entered through the API.",
  })
  statedIn!: Source | null;

  @Field(() => String, { nullable: true, description: "What is inferred rather than stated, and why; null when everything is stated." })
  inferredBecause!: string | null;
}
