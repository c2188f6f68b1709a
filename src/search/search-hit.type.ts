import { createUnionType, Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Experiment } from "../entities/experiment.entity";
import { Institution } from "../entities/institution.entity";
import { Person } from "../entities/person.entity";
import { Quote } from "../entities/quote.entity";
import { Specialty } from "../entities/specialty.entity";
import type { NodeTypeName } from "../relay/global-id";

export enum SearchType {
  EXPERIMENT = "Experiment",
  INSTITUTION = "Institution",
  PERSON = "Person",
  SPECIALTY = "Specialty",
  QUOTE = "Quote",
}
registerEnumType(SearchType, {
  name: "SearchType",
  description: "What `search` can find.",
  valuesConfig: {
    EXPERIMENT: { description: "Experiments and initiatives (title, acronym, subtitle, summary, care theme)." },
    INSTITUTION: { description: "Institutions (name, short name, city)." },
    PERSON: { description: "People (name, profession)." },
    SPECIALTY: { description: "Specialties and professions (name, practitioner name, English name)." },
    QUOTE: { description: "Quotes (text, topic)." },
  },
});

export enum SearchMatch {
  FULL_TEXT = "FULL_TEXT",
  FUZZY = "FUZZY",
}
registerEnumType(SearchMatch, {
  name: "SearchMatch",
  description: "How a search hit was found.",
  valuesConfig: {
    FULL_TEXT: { description: "Dutch full-text match (stemmed, accents ignored, the last word as a prefix)." },
    FUZZY: { description: "Similar spelling (trigrams), used when the full-text search finds nothing." },
  },
});

export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "Something `search` found.",
  types: () => [Experiment, Institution, Person, Specialty, Quote] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType({ simpleResolvers: true, description: "One search result: the node, how well it matched and a snippet with the match highlighted." })
export class SearchHit {
  type!: NodeTypeName;
  pk!: number;

  @Field(() => Float, { description: "Relevance; higher is better. Full-text and fuzzy ranks are on different scales." })
  rank!: number;

  @Field({ description: "A short text around the match as HTML-safe text: the stored text is escaped (`&`, `<`, `>`, quotes), and the only markup is `<mark></mark>` around matched words, so it can be shown as HTML." })
  snippet!: string;

  @Field(() => SearchMatch, { description: "Full-text or fuzzy match." })
  matchedBy!: SearchMatch;
}
