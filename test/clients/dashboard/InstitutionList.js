// A dashboard's list of institutions, paged with Relay's @connection.
graphql`
  fragment InstitutionList_query on Query
  @argumentDefinitions(count: { type: "Int", defaultValue: 3 }, cursor: { type: "String" })
  @refetchable(queryName: "InstitutionListPaginationQuery") {
    institutions(first: $count, after: $cursor) @connection(key: "InstitutionList_institutions") {
      totalCount
      edges {
        node {
          id
          ...InstitutionCard_institution
        }
      }
    }
  }
`;

graphql`
  query InstitutionListQuery {
    ...InstitutionList_query
  }
`;
