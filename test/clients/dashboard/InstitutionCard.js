// One institution's card, refetched by its id through Query.node.
graphql`
  fragment InstitutionCard_institution on Institution @refetchable(queryName: "InstitutionCardRefetchQuery") {
    id
    shortName
    name
    region {
      name
    }
  }
`;
