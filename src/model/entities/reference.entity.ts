import { Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Experiment } from "./experiment.entity";
import { Programme } from "./programme.entity";
import { ViewedRow } from "../viewed-row";

export enum ReferenceKind {
  INTERVIEW = "INTERVIEW",
  WEBINAR = "WEBINAR",
  RESEARCH_ARTICLE = "RESEARCH_ARTICLE",
  REPORT = "REPORT",
  WEB_PAGE = "WEB_PAGE",
  IMAGE = "IMAGE",
}
registerEnumType(ReferenceKind, {
  name: "ReferenceKind",
  description: "What kind of further reading a reference points to.",
  valuesConfig: {
    INTERVIEW: { description: "A published interview." },
    WEBINAR: { description: "A recorded webinar." },
    RESEARCH_ARTICLE: { description: "An article about research." },
    REPORT: { description: "A report cited in the sources." },
    WEB_PAGE: { description: "Another page of the programme's website." },
    IMAGE: { description: "A photo shown beside the text; `title` is its caption." },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: "Further reading the sources point to from an experiment or the programme (the sources give titles, not addresses).",
})
@ViewedRow()
@Entity({ tableName: "reference" })
export class Reference {
  @PrimaryKey({ type: "integer" })
  pk!: number;

  /** Natural key for idempotent seeding; references are not nodes, so it is not in the schema. */
  @Property({ type: "string", length: 160, unique: true })
  slug!: string;

  @ManyToOne(() => Experiment, { nullable: true, deleteRule: "cascade", index: true })
  experiment!: Experiment | null;

  @ManyToOne(() => Programme, { nullable: true, deleteRule: "cascade", index: true })
  programme!: Programme | null;

  @Field(() => ReferenceKind, { description: "Interview, webinar, article, report, web page or image." })
  @Enum({ items: () => ReferenceKind })
  kind!: ReferenceKind;

  @Field({ description: "Title as given in the sources." })
  @Property({ type: "string", length: 400 })
  title!: string;

  @Field(() => String, { nullable: true, description: "Publisher or author, e.g. `WRR`." })
  @Property({ type: "string", length: 200, nullable: true })
  publisher!: string | null;

  @Field(() => Int, { nullable: true, description: "Year of publication." })
  @Property({ type: "integer", nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: "Number of a report in its series, e.g. `104`." })
  @Property({ type: "string", length: 40, nullable: true })
  seriesNumber!: string | null;
}
