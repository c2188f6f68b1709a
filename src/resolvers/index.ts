import { ArchiveResolver } from "./archive.resolver";
import { SubmissionResolver } from "./submission.resolver";
import { SubmissionLinksResolver } from "./submission-links.resolver";
import { AuditResolver } from "./audit.resolver";
import { CollaborationEdgeResolver, CollaborationNetworkResolver } from "./collaboration-network.resolver";
import { GraphEdgeResolver, GraphPathResolver, GraphWalkResolver, NeighbourhoodNodeResolver } from "./graph-walk.resolver";
import { BridgingPersonResolver, CoverageGapResolver, NetworkStatsResolver, RegionCountResolver, SpecialtyCountResolver } from "./network-stats.resolver";
import { SearchResolver } from "./search.resolver";
import { TransitionMatrixCellResolver, TransitionMatrixResolver } from "./transition-matrix.resolver";
import { ViewerResolver } from "./viewer.resolver";
import { CareTransitionResolver } from "./care-transition.resolver";
import { DeliverableResolver } from "./deliverable.resolver";
import { ExperimentResolver } from "./experiment.resolver";
import { FactorResolver } from "./factor.resolver";
import { InstitutionResolver } from "./institution.resolver";
import { LearningActivityResolver } from "./learning-activity.resolver";
import { NodeResolver } from "./node.resolver";
import { PersonResolver } from "./person.resolver";
import { ProgrammeResolver } from "./programme.resolver";
import { QuoteResolver } from "./quote.resolver";
import { RegionResolver } from "./region.resolver";
import { SpecialtyResolver } from "./specialty.resolver";

import { relationFieldResolvers } from "./relation-fields.resolver";

export const resolvers: Function[] = [
  NodeResolver,
  ProgrammeResolver,
  ExperimentResolver,
  InstitutionResolver,
  RegionResolver,
  SpecialtyResolver,
  PersonResolver,
  CareTransitionResolver,
  LearningActivityResolver,
  DeliverableResolver,
  FactorResolver,
  QuoteResolver,
  CollaborationNetworkResolver,
  CollaborationEdgeResolver,
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
  AuditResolver,
  ArchiveResolver,
  SubmissionResolver,
  SubmissionLinksResolver,
  ...relationFieldResolvers(),
];
