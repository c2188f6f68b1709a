import { ArchiveResolver } from "./archive.resolver";
import { SubmissionResolver } from "./submission.resolver";
import { SubmissionLinksResolver } from "./submission-links.resolver";
import { AuditResolver } from "./audit.resolver";
import { CollaborationNetworkResolver } from "./collaboration-network.resolver";
import { GraphWalkResolver } from "./graph-walk.resolver";
import { NetworkStatsResolver } from "./network-stats.resolver";
import { SearchResolver } from "./search.resolver";
import { TransitionMatrixResolver } from "./transition-matrix.resolver";
import { ViewerResolver } from "./viewer.resolver";
import { NetworkChangeResolver, NodeChangeResolver, SubscriptionResolver } from "./subscription.resolver";
import { InstitutionPartnersResolver } from "./institution-partners.resolver";
import { ExperimentResolver } from "./experiment.resolver";
import { NodeResolver } from "./node.resolver";
import { PersonResolver } from "./person.resolver";

import { nodeTypeResolvers } from "./node-type.resolver";
import { relationFieldResolvers } from "./relation-fields.resolver";
import { derivedFieldResolvers } from "./derived-fields.resolver";
import { linkedDataFieldResolvers } from "./linked-data-fields.resolver";
import { aggregateResolvers } from "../aggregates/aggregate.resolvers";

export const resolvers: Function[] = [
  NodeResolver,
  ExperimentResolver,
  PersonResolver,
  CollaborationNetworkResolver,
  InstitutionPartnersResolver,
  GraphWalkResolver,
  TransitionMatrixResolver,
  NetworkStatsResolver,
  SearchResolver,
  ViewerResolver,
  SubscriptionResolver,
  NodeChangeResolver,
  NetworkChangeResolver,
  AuditResolver,
  ArchiveResolver,
  SubmissionResolver,
  SubmissionLinksResolver,
  ...nodeTypeResolvers(),
  ...relationFieldResolvers(),
  ...aggregateResolvers(),
  ...derivedFieldResolvers(),
  ...linkedDataFieldResolvers(),
];
