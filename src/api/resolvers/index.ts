import { ArchiveResolver } from "./archive.resolver";
import { SubmissionResolver } from "./submission.resolver";
import { SubmissionLinksResolver } from "./submission-links.resolver";
import { AuditResolver } from "./audit.resolver";
import { CollaborationEdgeResolver, CollaborationNetworkResolver } from "./collaboration-network.resolver";
import { GraphEdgeResolver, GraphPathResolver, GraphWalkResolver, NeighbourhoodNodeResolver } from "./graph-walk.resolver";
import {
  BridgingPersonResolver,
  CoverageGapResolver,
  NetworkStatsResolver,
  RegionCountResolver,
  SpecialtyCountResolver,
} from "./network-stats.resolver";
import { SearchResolver } from "./search.resolver";
import { TransitionMatrixCellResolver, TransitionMatrixResolver } from "./transition-matrix.resolver";
import { ViewerResolver } from "./viewer.resolver";
import { NetworkChangeResolver, NodeChangeResolver, SubscriptionResolver } from "./subscription.resolver";
import { CollaborationPartnerResolver, InstitutionPartnersResolver } from "./institution-partners.resolver";
import { ExperimentResolver } from "./experiment.resolver";
import { NodeResolver } from "./node.resolver";
import { PersonResolver } from "./person.resolver";

import { nodeTypeResolvers } from "./node-type.resolver";
import { relationFieldResolvers } from "./relation-fields.resolver";
import { derivedFieldResolvers } from "./derived-fields.resolver";
import { linkedDataFieldResolvers } from "./linked-data-fields.resolver";

export const resolvers: Function[] = [
  NodeResolver,
  ExperimentResolver,
  PersonResolver,
  CollaborationNetworkResolver,
  CollaborationEdgeResolver,
  InstitutionPartnersResolver,
  CollaborationPartnerResolver,
  GraphWalkResolver,
  NeighbourhoodNodeResolver,
  GraphPathResolver,
  GraphEdgeResolver,
  TransitionMatrixResolver,
  TransitionMatrixCellResolver,
  NetworkStatsResolver,
  RegionCountResolver,
  SpecialtyCountResolver,
  BridgingPersonResolver,
  CoverageGapResolver,
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
  ...derivedFieldResolvers(),
  ...linkedDataFieldResolvers(),
];
