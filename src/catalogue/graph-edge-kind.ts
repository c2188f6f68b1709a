/** The kinds of graph edges; what each means (and its GraphQL description) is declared with its relation in the catalogue. */
export enum GraphEdgeKind {
  PARTICIPATES_IN = "PARTICIPATES_IN",
  INVOLVED_IN = "INVOLVED_IN",
  TAKES_PART_IN = "TAKES_PART_IN",
  ADDRESSED_BY = "ADDRESSED_BY",
  AFFILIATED_WITH = "AFFILIATED_WITH",
  PRACTISES = "PRACTISES",
  PART_OF = "PART_OF",
  IN_REGION = "IN_REGION",
  IN_PROGRAMME = "IN_PROGRAMME",
}
