import { createUnionType, Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { nodeEntities, type NodeTypeName } from "../../catalogue/node-types";
import { SEARCHABLE_TYPES } from "./searchable-types";

const enumKey = (type: string) => type.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

/** What `search` can find: the types with a search document (search-documents.ts). */
export const SearchType = Object.fromEntries(SEARCHABLE_TYPES.map((document) => [enumKey(document.type), document.type])) as Record<
  string,
  NodeTypeName
>;
export type SearchType = NodeTypeName;
registerEnumType(SearchType, {
  name: "SearchType",
  description: "What `search` can find.",
  valuesConfig: Object.fromEntries(SEARCHABLE_TYPES.map((document) => [enumKey(document.type), { description: document.description }])),
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
    FUZZY: {
      description:
        "Similar spelling (trigrams; the query also without its spaces): names and titles full text did not find, after its hits, when it finds fewer than 10.",
    },
  },
});

export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "Something `search` found.",
  types: () => SEARCHABLE_TYPES.map((document) => nodeEntities[document.type]) as unknown as readonly [new () => object],
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType({
  simpleResolvers: true,
  description: "One search result: the node, how well it matched and a snippet with the match highlighted.",
})
export class SearchHit {
  type!: NodeTypeName;
  pk!: number;

  @Field(() => Float, { description: "Relevance; higher is better. Full-text and fuzzy ranks are on different scales." })
  rank!: number;

  @Field({
    description:
      "A short text around the match as HTML-safe text: the stored text is escaped (`&`, `<`, `>`, quotes), and the only markup is `<mark></mark>` around matched words, so it can be shown as HTML.",
  })
  snippet!: string;

  @Field(() => SearchMatch, { description: "Full-text or fuzzy match." })
  matchedBy!: SearchMatch;
}
