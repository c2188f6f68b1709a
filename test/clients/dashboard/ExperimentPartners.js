// The institutions of an experiment: an edge with its facts (role, note), paged.
graphql`
  fragment ExperimentPartner_link on ExperimentInstitution {
    role
    note
    institution {
      id
      shortName
    }
  }
`;

graphql`
  query ExperimentPartnersQuery($slug: String!) {
    experiment(slug: $slug) {
      id
      title
      institutionsConnection(first: 10) @connection(key: "ExperimentPartners_institutionsConnection") {
        totalCount
        edges {
          node {
            ...ExperimentPartner_link
          }
        }
      }
    }
  }
`;
