// Every GraphQL document the explorer sends, named, so the server's logs and persisted operations know them.

const GRAPH_NODE = `
fragment GraphNode on Node {
  __typename
  id
  ... on Institution { name shortName type region { id name } }
  ... on Experiment { title acronym kind }
  ... on Person { name }
  ... on Specialty { name }
  ... on CareTransition { name }
  ... on Region { name }
  ... on Programme { name }
}`;

export const START = `
query ExploreStart {
  viewer { role }
  regions(first: 100) { nodes { id name } }
}`;

export const VIEWER = `
query ExploreViewer { viewer { role } }`;

export const COLLABORATION = `
query ExploreCollaboration($filter: NetworkFilter) {
  collaborationNetwork(filter: $filter, maxEdges: 5000) {
    totalEdgeCount
    nodes { __typename id name shortName type region { id name } }
    edges { weight source { id } target { id } }
  }
}`;

export const NEIGHBOURHOOD = `
query ExploreNeighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 1, maxNodes: 150) {
    truncated
    nodes { depth node { ...GraphNode } }
    edges { sourceId targetId kind }
  }
}
${GRAPH_NODE}`;

export const PATH = `
query ExplorePath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, maxDepth: 6) {
    length
    nodes { ...GraphNode }
    edges { sourceId targetId kind }
  }
}
${GRAPH_NODE}`;

export const SEARCH = `
query ExploreSearch($query: String!) {
  search(query: $query, first: 8) {
    nodes { snippet node { __typename ... on Node { id } ... on Institution { name } ... on Experiment { title } ... on Person { name } ... on Specialty { name } ... on Quote { experiment { id title } } } }
  }
}`;

const CODING = `code system systemName display verified`;

export const DETAILS = `
query ExploreDetails($id: ID!, $filter: NetworkFilter) {
  node(id: $id) {
    __typename
    id
    ... on Institution {
      name shortName type city iri
      region { id name }
      organisationType { ${CODING} }
      identifiers { systemName value }
      partners(first: 50, filter: $filter) { weight institution { id name shortName } experiments { id title } }
      experiments(first: 50) {
        role
        experiment {
          id title acronym
          specialties(first: 30) { specialty { id name coding { ${CODING} } } }
          quotes(first: 3) { text person { name } }
        }
      }
      affiliations(first: 50) { position person { id name email } }
    }
    ... on Experiment {
      title acronym kind summary startYear iri domains
      institutions(first: 50) { role institution { id name shortName } }
      people(first: 50) { role person { id name email } }
      specialties(first: 50) { level specialty { id name coding { ${CODING} } } }
      careTransitions(first: 20) { careTransition { id name } }
      quotes(first: 10) { text person { name } }
    }
    ... on Person {
      name professionTitle email iri
      profession { id name coding { ${CODING} } }
      affiliations(first: 20) { position institution { id name } }
      experiments(first: 50) { experiment { id title } }
      quotes(first: 10) { text experiment { id title } }
    }
    ... on Specialty {
      name iri coding { ${CODING} } practitionerRole { ${CODING} }
      experiments(first: 50) { level experiment { id title } }
    }
    ... on CareTransition { name transitionKind: kind fromSetting toSetting iri experiments(first: 50) { experiment { id title } } }
    ... on Region { name iri institutions(first: 100) { id name } }
    ... on Programme { name programmeSummary: summary iri experiments(first: 100) { id title } }
  }
}`;

export const MATRIX = `
query ExploreMatrix($filter: NetworkFilter) {
  transitionMatrix(filter: $filter) {
    careTransitions { id name }
    specialties { id name }
    cells { experimentCount careTransition { id } specialty { id } experiments { id title } }
  }
}`;

export const STATS = `
query ExploreStats($filter: NetworkFilter) {
  networkStats(filter: $filter) {
    experimentCount
    byKind { kind count }
    byDomain { domain count }
    byRegion { count region { id name } }
    bySpecialty { count specialty { id name } }
    byInstitutionType { type count participating }
    regionsWithoutExperiments { id name }
    domainsWithoutExperiments
    coverageGaps { domain region { id name } }
  }
}`;

export const NETWORK_CHANGED = `
subscription ExploreNetworkChanged($filter: NetworkFilter) {
  networkChanged(filter: $filter, maxEdges: 5000) { cause { id action } network { totalEdgeCount } }
}`;

export const PICK = `
query ExplorePick($query: String!, $types: [SearchType!]) {
  search(query: $query, first: 8, types: $types) {
    nodes { node { __typename ... on Institution { id name city } ... on Specialty { id name } } }
  }
}`;

export const SUBMIT_INITIATIVE = `
mutation ExploreSubmitInitiative($input: SubmitInitiativeInput!) {
  submitInitiative(input: $input) { id state version }
}`;

const REVIEWED = `
  id version title subtitle summary careTheme patientGroup goals domains startYear
  institutions(first: 20) { role institution { id name } }
  specialties(first: 20) { level specialty { id name } }
  submission { submitterName submitterEmail submitterOrganisation message submittedAt }`;

export const REVIEW_QUEUE = `
query ExploreReviewQueue {
  submissions(first: 50, state: SUBMITTED) { totalCount nodes { ${REVIEWED} } }
}`;

export const REVIEW_ITEM = `
query ExploreReviewItem($id: ID!) {
  node(id: $id) { ... on Experiment { ${REVIEWED} } }
}`;

export const PUBLISH = `
mutation ExplorePublish($id: ID!, $version: Int!) {
  publish(id: $id, expectedVersion: $version) { id state version }
}`;

export const REJECT = `
mutation ExploreReject($id: ID!, $version: Int!, $reason: String!) {
  reject(id: $id, expectedVersion: $version, reason: $reason) { id state version }
}`;

export const EDIT_EXPERIMENT = `
mutation ExploreEditExperiment($id: ID!, $version: Int!, $input: UpdateExperimentInput!) {
  updateExperiment(id: $id, expectedVersion: $version, input: $input) { id version }
}`;

export const SUBMISSION_RECEIVED = `
subscription ExploreSubmissionReceived {
  submissionReceived { id }
}`;
