import { ProblemCode } from "../platform/problem-code";
import { CareTransition } from "../model/entities/care-transition.entity";
import { Deliverable } from "../model/entities/deliverable.entity";
import { Experiment } from "../model/entities/experiment.entity";
import { ExperimentCareTransition } from "../model/entities/experiment-care-transition.entity";
import { ExperimentInstitution } from "../model/entities/experiment-institution.entity";
import { ExperimentPerson } from "../model/entities/experiment-person.entity";
import { ExperimentSpecialty } from "../model/entities/experiment-specialty.entity";
import { Affiliation } from "../model/entities/affiliation.entity";
import { Factor } from "../model/entities/factor.entity";
import { Institution } from "../model/entities/institution.entity";
import { LearningActivity } from "../model/entities/learning-activity.entity";
import { Person } from "../model/entities/person.entity";
import { Programme } from "../model/entities/programme.entity";
import { Quote } from "../model/entities/quote.entity";
import { Region } from "../model/entities/region.entity";
import { Site } from "../model/entities/site.entity";
import { Specialty } from "../model/entities/specialty.entity";
import type { ListDeclarationOfType, OrderDeclaration, WriteCheck } from "./catalogue.types";

export interface NodeTypeDeclaration {
  entity: new () => object;
  /**
   * The public classes a node of this type is in linked data, besides its own (`ipo:<Type>`): schema.org and the W3C
   * ORG ontology where a term fits, none forced where none does (care transitions, factors).
   */
  publicClasses: readonly string[];
  /** What a collection of these is called in enum descriptions (graph walks): "Experiments and initiatives." */
  collection: string;
  /** Description of the lookup query `<type>(id, slug)`. */
  lookup: string;
  /** The top-level connection. */
  list: ListDeclarationOfType;
  /** Named orders of its lists; the first is the default (relation lists and connections use it). `pk` ends every order. */
  orders: Record<string, { description: string; by: OrderDeclaration }>;
  /** Pairs of properties whose first may not exceed their second (checked on every write). */
  ranges?: Array<[string, string]>;
  /** Rules of a write beyond each field's own (the mutations report them with the other problems). */
  rules?: (check: WriteCheck) => void;
}

const EIGHT_DIGITS = /^[0-9]{8}$/;
const UZI_ROLE_CODE = /^[0-9]{2}\.[0-9]{3}$/;
const DOMAIN = /^(?=.{3,100}$)[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;

function belongsToExperimentOrProgramme({ input, problems, pk }: WriteCheck): void {
  if (pk === undefined && input.experimentId == null && input.programmeId == null)
    problems.add("experimentId", ProblemCode.REQUIRED, "or programmeId is required: it belongs to an experiment or to the programme");
}

const byName = { NAME: { description: "By name.", by: [{ property: "name" }] } };
const byKey = { CREATED: { description: "In the order they were recorded.", by: [] } };

/**
 * Every node type of the schema, declared once: its entity (fields, table, keys come from there), its
 * lookup and top-level list with their filters, and how its lists are ordered. Global ids, `node`/`nodes`,
 * federation keys, the lookups and lists, the order enums and the graph walks' type enum are derived from
 * it; relations are declared in `relations.ts`.
 */
export const NODE_CATALOGUE = {
  Programme: {
    entity: Programme,
    publicClasses: ["schema:EducationalOccupationalProgram"],
    collection: "Programmes.",
    lookup: "One programme by `id` or `slug` (e.g. `opleiden-2025`); null when there is none.",
    list: { name: "programmes", description: "Programmes, by name." },
    orders: byName,
  },
  Experiment: {
    entity: Experiment,
    publicClasses: ["schema:ResearchProject"],
    collection: "Experiments and initiatives.",
    lookup: "One experiment or initiative by `id` or `slug` (e.g. `cobra`, `duo-project`); null when there is none.",
    list: {
      name: "experiments",
      description: "Experiments and initiatives, filtered and paged. Filters combine with AND.",
      filters: {
        kind: { property: "kind", description: "Only experiments, or only initiatives." },
        domain: { property: "domains", match: "contains", description: "Only those that promote collaboration in this domain." },
        status: { property: "status", description: "Only those with this status." },
        institutionId: { via: ExperimentInstitution, description: "Only those this institution takes part in (any role)." },
        specialtyId: { via: ExperimentSpecialty, description: "Only those this specialty takes part in (any level)." },
        regionId: {
          via: ExperimentInstitution,
          // biome-ignore lint/suspicious/noThenProperty: `then` reads "via the edge, then its region"; a declaration is never awaited
          then: "region",
          description: "Only those with a participating institution in this region.",
        },
        personId: { via: ExperimentPerson, description: "Only those this person plays a part in." },
        careTransitionId: { via: ExperimentCareTransition, description: "Only those that address this care transition." },
        programmeId: { via: "programme", description: "Only those of this programme." },
      },
    },
    orders: {
      NUMBER: {
        description: "By experiment number; initiatives (no number) last, by title.",
        by: [{ property: "number", nullsLast: true }, { property: "title" }],
      },
      TITLE: { description: "Alphabetically by title.", by: [{ property: "title" }] },
      START_YEAR: {
        description: "Oldest start year first; unknown start years last.",
        by: [{ property: "startYear", nullsLast: true }, { property: "title" }],
      },
    },
    ranges: [["durationMinMonths", "durationMaxMonths"]],
  },
  Institution: {
    entity: Institution,
    publicClasses: ["schema:Organization", "org:Organization"],
    collection: "Institutions, their locations and departments.",
    lookup: "One institution by `id` or `slug` (e.g. `lumc`, `amsterdam-umc-vumc`); null when there is none.",
    list: {
      name: "institutions",
      description: "Institutions, filtered and paged, by name. Filters combine with AND.",
      filters: {
        type: { property: "type", description: "Only institutions of this type." },
        regionId: { via: "region", description: "Only institutions in this region." },
        parentId: { via: "partOf", description: "Only the direct parts (locations, departments) of this institution." },
        topLevel: {
          property: "partOf",
          match: "absent",
          description: "true: only institutions that are not part of another; false: only parts.",
        },
        experimentId: { via: ExperimentInstitution, description: "Only institutions taking part in this experiment." },
        city: { property: "city", match: "ignoreCase", description: "Only institutions in this city (exact, case-insensitive)." },
      },
    },
    orders: byName,
    rules: ({ input, values, problems, pk }) => {
      if (typeof input.emailDomain === "string" && !DOMAIN.test(input.emailDomain))
        problems.add("emailDomain", ProblemCode.INVALID_FORMAT, "must be a domain name such as `lumc.nl`");
      for (const identifier of ["ura", "agb"] as const) {
        if (typeof input[identifier] === "string" && !EIGHT_DIGITS.test(input[identifier]))
          problems.add(identifier, ProblemCode.INVALID_FORMAT, "must be 8 digits");
      }
      if (pk !== undefined && values.partOf === pk)
        problems.add("partOfId", ProblemCode.SELF_REFERENCE, "may not be the institution itself");
    },
  },
  Region: {
    entity: Region,
    publicClasses: ["schema:Organization", "org:Organization"],
    collection: "Training regions (OOR).",
    lookup: "One training region by `id` or `slug` (e.g. `oor-leiden`); null when there is none.",
    list: { name: "regions", description: "Training regions (OOR), by name." },
    orders: byName,
  },
  Specialty: {
    entity: Specialty,
    publicClasses: ["schema:DefinedTerm"],
    collection: "Specialties and professions.",
    lookup: "One specialty or profession by `id` or `slug` (e.g. `huisartsgeneeskunde`); null when there is none.",
    list: {
      name: "specialties",
      description: "Specialties and professions, filtered and paged, by name.",
      filters: {
        category: { property: "category", description: "Only specialties in this category." },
        codeSystem: { property: "codeSystem", description: "Only specialties coded in this code system." },
        code: { property: "code", description: "Only the specialty with this code (e.g. `0335`)." },
        experimentId: { via: ExperimentSpecialty, description: "Only specialties taking part in this experiment." },
      },
    },
    orders: byName,
    rules: ({ input, problems }) => {
      if (typeof input.practitionerRoleCode === "string" && !UZI_ROLE_CODE.test(input.practitionerRoleCode))
        problems.add("practitionerRoleCode", ProblemCode.INVALID_FORMAT, "must be a UZI role code such as `01.015`");
    },
  },
  Person: {
    entity: Person,
    publicClasses: ["schema:Person"],
    collection: "People.",
    lookup: "One person by `id` or `slug` (e.g. `klaas-nauta`); null when there is none.",
    list: {
      name: "people",
      description: "People, filtered and paged, by name. Filters combine with AND.",
      filters: {
        institutionId: { via: Affiliation, description: "Only people affiliated with this institution." },
        specialtyId: { via: "profession", description: "Only people whose profession is this specialty." },
        experimentId: { via: ExperimentPerson, description: "Only people playing a part in this experiment." },
        role: {
          via: ExperimentPerson,
          property: "role",
          description: "Only people with this role in some experiment (or in `experimentId`, when given).",
        },
      },
    },
    orders: byName,
  },
  CareTransition: {
    entity: CareTransition,
    publicClasses: [],
    collection: "Care transitions.",
    lookup: "One care transition by `id` or `slug` (e.g. `referral-primary-care-hospital`); null when there is none.",
    list: {
      name: "careTransitions",
      description: "Care transitions, filtered and paged.",
      filters: {
        kind: { property: "kind", description: "Only transitions of this kind." },
        fromSetting: { property: "fromSetting", description: "Only transitions from this setting." },
        toSetting: { property: "toSetting", description: "Only transitions to this setting." },
        experimentId: { via: ExperimentCareTransition, description: "Only transitions this experiment addresses." },
      },
    },
    orders: byKey,
  },
  LearningActivity: {
    entity: LearningActivity,
    publicClasses: ["schema:LearningResource"],
    collection: "Learning activities.",
    lookup: "One learning activity by `id` or `slug`; null when there is none.",
    list: {
      name: "learningActivities",
      description: "Learning activities, filtered and paged.",
      filters: {
        type: { property: "type", description: "Only activities of this type." },
        experimentId: { via: "experiment", description: "Only activities of this experiment." },
        institutionId: { via: "institution", description: "Only activities at this institution." },
      },
    },
    orders: {
      SEQUENCE: {
        description: "By experiment, then in the order the sources give.",
        by: [{ property: "experiment" }, { property: "sequence", nullsLast: true }],
      },
    },
    ranges: [
      ["durationMinMinutes", "durationMaxMinutes"],
      ["countMin", "countMax"],
    ],
  },
  Deliverable: {
    entity: Deliverable,
    publicClasses: ["schema:CreativeWork"],
    collection: "Deliverables.",
    lookup: "One deliverable by `id` or `slug`; null when there is none.",
    list: {
      name: "deliverables",
      description: "Deliverables of experiments and the programme, filtered and paged.",
      filters: {
        kind: { property: "kind", description: "Only deliverables of this kind." },
        status: { property: "status", description: "Only deliverables with this status." },
        experimentId: { via: "experiment", description: "Only deliverables of this experiment." },
      },
    },
    orders: byKey,
    rules: belongsToExperimentOrProgramme,
  },
  Factor: {
    entity: Factor,
    publicClasses: [],
    collection: "Factors and lessons learned.",
    lookup: "One factor by `id` or `slug`; null when there is none.",
    list: {
      name: "factors",
      description: "Promoting and hindering factors, lessons learned and outcomes, filtered and paged.",
      filters: {
        kind: { property: "kind", description: "Only factors of this kind." },
        experimentId: { via: "experiment", description: "Only factors of this experiment." },
      },
    },
    orders: byKey,
    rules: belongsToExperimentOrProgramme,
  },
  Quote: {
    entity: Quote,
    publicClasses: ["schema:Quotation"],
    collection: "Quotes.",
    lookup: "One quote by `id` or `slug`; null when there is none.",
    list: {
      name: "quotes",
      description: "Quotes, filtered and paged.",
      filters: {
        experimentId: { via: "experiment", description: "Only quotes about this experiment." },
        personId: { via: "person", description: "Only quotes by this person." },
      },
    },
    orders: byKey,
  },
  Site: {
    entity: Site,
    publicClasses: ["org:Site", "schema:Place"],
    collection: "Sites of institutions.",
    lookup: "One site of an institution by `id` or `slug`; null when there is none.",
    list: {
      name: "sites",
      description: "Sites of institutions, filtered and paged, by name.",
      filters: {
        institutionId: { via: "institution", description: "Only the sites of this institution." },
        regionId: { via: "region", description: "Only sites in this training region." },
        city: { property: "city", match: "ignoreCase", description: "Only sites in this city (exact, case-insensitive)." },
      },
    },
    orders: byName,
  },
} satisfies Record<string, NodeTypeDeclaration>;

export type NodeTypeName = keyof typeof NODE_CATALOGUE;

/** Node type names in declaration order. */
export const NODE_TYPE_NAMES = Object.keys(NODE_CATALOGUE) as NodeTypeName[];

/** A node type's declaration, typed as the general shape. */
export function declarationOf(type: NodeTypeName): NodeTypeDeclaration {
  return NODE_CATALOGUE[type] as NodeTypeDeclaration;
}

/** The entity behind each node type of the schema. */
export const nodeEntities = Object.fromEntries(NODE_TYPE_NAMES.map((type) => [type, NODE_CATALOGUE[type].entity])) as Record<
  NodeTypeName,
  new () => object
>;

export function nodeTypeOf(entity: abstract new () => object): NodeTypeName | undefined {
  return NODE_TYPE_NAMES.find((name) => nodeEntities[name] === entity);
}

/** A type's named orders (the first is the default); entities that are no node type are listed by primary key. */
export function ordersOf(entity: abstract new () => object): Record<string, { description: string; by: OrderDeclaration }> {
  const type = nodeTypeOf(entity);
  return type ? declarationOf(type).orders : byKey;
}
