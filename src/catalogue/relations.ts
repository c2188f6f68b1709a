import { Affiliation } from "../model/entities/affiliation.entity";
import { Deliverable } from "../model/entities/deliverable.entity";
import { Experiment } from "../model/entities/experiment.entity";
import { ExperimentCareTransition } from "../model/entities/experiment-care-transition.entity";
import { ExperimentInstitution } from "../model/entities/experiment-institution.entity";
import { ExperimentPerson } from "../model/entities/experiment-person.entity";
import { ExperimentRelation } from "../model/entities/experiment-relation.entity";
import { ExperimentSpecialty } from "../model/entities/experiment-specialty.entity";
import { Factor } from "../model/entities/factor.entity";
import { Institution } from "../model/entities/institution.entity";
import { LearningActivity } from "../model/entities/learning-activity.entity";
import { Person } from "../model/entities/person.entity";
import { Programme } from "../model/entities/programme.entity";
import { Quote } from "../model/entities/quote.entity";
import { Reference } from "../model/entities/reference.entity";
import { Site } from "../model/entities/site.entity";
import { GraphEdgeKind } from "./graph-edge-kind";
import type { EdgeDeclaration, ReferenceDeclaration } from "./catalogue.types";

/**
 * Every relation of the graph, declared once. The relation fields of both ends (lists and connections), the
 * edge types' end fields, the loaders they use, the graph edges, the visibility rules and the edge mutations
 * are derived from these declarations and the entities' metadata (tables, columns, nullability).
 */
export const REFERENCES: ReferenceDeclaration[] = [
  {
    child: Programme,
    key: "owner",
    one: "The organisation that owns the programme.",
    many: {
      name: "programmes",
      description: "Programmes this institution owns (e.g. Opleiden 2025 for the Federatie Medisch Specialisten).",
    },
    dependent: true,
  },
  {
    child: Programme,
    key: "contact",
    one: "Whom to contact about the programme or to propose an initiative.",
    many: { name: "programmesAsContact", description: "Programmes for which this person is the contact." },
  },
  {
    child: Experiment,
    key: "programme",
    one: "The programme this experiment belongs to or that collects this initiative.",
    many: { name: "experiments", description: "Its experiments and the initiatives it collects, by number." },
    graphEdge: { kind: GraphEdgeKind.IN_PROGRAMME, description: "" },
  },
  {
    child: Institution,
    key: "partOf",
    one: "The institution this one is part of (e.g. Amsterdam UMC for locatie VUmc); null at the top.",
    many: { name: "parts", description: "Its direct parts: locations, departments, academies." },
    graphEdge: { kind: GraphEdgeKind.PART_OF, description: "a location or department of its parent." },
  },
  {
    child: Institution,
    key: "region",
    one: "The training region (OOR) it belongs to, where known.",
    many: { name: "institutions", description: "Institutions in this region." },
    graphEdge: { kind: GraphEdgeKind.IN_REGION, description: "" },
  },
  {
    child: Person,
    key: "profession",
    one: "The specialty or profession this person practises, where the sources name one.",
    many: { name: "people", description: "People whose profession this is." },
    graphEdge: { kind: GraphEdgeKind.PRACTISES, description: "the person's profession." },
  },
  {
    child: LearningActivity,
    key: "experiment",
    one: "The experiment this activity belongs to.",
    many: { name: "learningActivities", description: "The learning activities, in the order the sources give." },
    dependent: true,
  },
  {
    child: LearningActivity,
    key: "institution",
    one: "Where it takes place, when the sources name a place.",
    many: { name: "learningActivities", description: "Learning activities that take place here." },
  },
  {
    child: Deliverable,
    key: "experiment",
    one: "The experiment that delivers it; null for programme-level deliverables.",
    many: { name: "deliverables", description: "The products the experiment delivers or brings together." },
    dependent: true,
  },
  {
    child: Deliverable,
    key: "programme",
    one: "The programme that delivers it; null for experiment deliverables.",
    many: { name: "deliverables", description: "Products of the programme as a whole (guides, toolbox)." },
    dependent: true,
  },
  {
    child: Factor,
    key: "experiment",
    one: "The experiment it was found in; null for programme-level factors.",
    many: {
      name: "factors",
      description: "Promoting and hindering factors, lessons learned and outcomes.",
      filters: { kind: "Only factors of this kind." },
    },
    dependent: true,
  },
  {
    child: Factor,
    key: "programme",
    one: "The programme, for programme-level factors.",
    many: { name: "factors", description: "Lessons and factors at programme level." },
    dependent: true,
  },
  {
    child: Quote,
    key: "experiment",
    one: "The experiment it is about.",
    many: { name: "quotes", description: "What people said about the experiment." },
    dependent: true,
  },
  {
    child: Quote,
    key: "person",
    one: "Who said it.",
    many: { name: "quotes", description: "What this person said about experiments." },
    dependent: true,
  },
  {
    child: Reference,
    key: "experiment",
    one: "The experiment that points to it; null at programme level.",
    many: { name: "references", description: "Further reading the sources point to: interviews, webinars, articles, reports, captions." },
    dependent: true,
  },
  {
    child: Reference,
    key: "programme",
    one: "The programme that points to it; null at experiment level.",
    many: { name: "references", description: "Further reading at programme level." },
    dependent: true,
  },
  {
    child: Site,
    key: "institution",
    one: "The institution whose site this is.",
    many: { name: "sites", description: "The places where it works." },
    dependent: true,
  },
  {
    child: Site,
    key: "region",
    one: "The training region (OOR) the site lies in, where known.",
    many: { name: "sites", description: "Sites of institutions in this region." },
  },
];

export const EDGES: EdgeDeclaration[] = [
  {
    edge: ExperimentInstitution,
    label: "an institution's part in an experiment",
    ends: [
      {
        key: "experiment",
        one: "The experiment.",
        many: {
          name: "institutions",
          description: "The institutions taking part, each with its role.",
          filters: { role: "Only institutions in this role." },
        },
      },
      {
        key: "institution",
        one: "The institution.",
        many: {
          name: "experiments",
          description: "The experiments and initiatives it takes part in, with its role in each.",
          filters: { role: "Only experiments where it has this role." },
        },
      },
    ],
    graphEdge: { kind: GraphEdgeKind.PARTICIPATES_IN, from: "institution", description: "the institution takes part (any role)." },
  },
  {
    edge: ExperimentPerson,
    label: "a person's role in an experiment",
    ends: [
      {
        key: "experiment",
        one: "The experiment.",
        many: {
          name: "people",
          description: "The people involved, each with their role (contact, quoted expert, researcher).",
          filters: { role: "Only people in this role." },
        },
      },
      {
        key: "person",
        one: "The person.",
        many: { name: "experiments", description: "The experiments this person plays a part in, with the role in each." },
      },
    ],
    graphEdge: { kind: GraphEdgeKind.INVOLVED_IN, from: "person", description: "the person plays a part (any role)." },
  },
  {
    edge: ExperimentSpecialty,
    label: "a specialty's participation in an experiment",
    ends: [
      {
        key: "experiment",
        one: "The experiment.",
        many: {
          name: "specialties",
          description: "The specialties and professions taking part, with the level (residents, supervisors, professionals).",
          filters: { level: "Only participation at this level." },
        },
      },
      {
        key: "specialty",
        one: "The specialty or profession.",
        many: {
          name: "experiments",
          description: "The experiments this specialty takes part in, with the level of participation.",
          filters: { level: "Only participation at this level." },
        },
      },
    ],
    graphEdge: { kind: GraphEdgeKind.TAKES_PART_IN, from: "specialty", description: "the specialty takes part (any level)." },
  },
  {
    edge: ExperimentRelation,
    label: "a relation between two experiments",
    ends: [
      {
        key: "experiment",
        one: "The experiment the link starts from.",
        many: { name: "relatedExperiments", description: "Links from this experiment to others: what it builds on, what to see also." },
      },
      {
        key: "relatedExperiment",
        one: "The experiment or initiative the link points to.",
        many: { name: "relatedFrom", description: "Links from other experiments to this one (the reverse of `relatedExperiments`)." },
      },
    ],
  },
  {
    edge: ExperimentCareTransition,
    label: "a care transition an experiment addresses",
    ends: [
      {
        key: "experiment",
        one: "The experiment.",
        many: { name: "careTransitions", description: "The care transitions this experiment uses as learning moments." },
      },
      {
        key: "careTransition",
        one: "The care transition.",
        many: { name: "experiments", description: "The experiments that address this transition." },
      },
    ],
    graphEdge: { kind: GraphEdgeKind.ADDRESSED_BY, from: "careTransition", description: "the experiment addresses the transition." },
  },
  {
    edge: Affiliation,
    label: "a person's position at an institution",
    ends: [
      {
        key: "person",
        one: "The person.",
        many: { name: "affiliations", description: "Where this person works, with the position held." },
      },
      {
        key: "institution",
        one: "The institution.",
        many: { name: "affiliations", description: "The people affiliated with it, with their positions." },
      },
    ],
    graphEdge: { kind: GraphEdgeKind.AFFILIATED_WITH, from: "person", description: "an affiliation." },
  },
];
