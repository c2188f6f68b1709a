// The names the explorer shows for the schema's enum values. The build (web/build.mjs) fails when an
// enum here does not list exactly the values the schema has.

/** [Dutch, English] per value. */
export const ENUM_LABELS: Record<string, Record<string, [string, string]>> = {
  CollaborationDomain: {
    CLINIC: ["Kliniek", "Clinic"],
    TRANSMURAL: ["Transmuraal", "Transmural"],
    PUBLIC_HEALTH: ["Publieke gezondheid", "Public health"],
    MENTAL_HEALTH: ["GGZ", "Mental health"],
  },
  ExperimentKind: { EXPERIMENT: ["Experiment", "Experiment"], INITIATIVE: ["Initiatief", "Initiative"] },
  InstitutionType: {
    UMC: ["UMC", "University medical centre"],
    UMC_LOCATION: ["UMC-locatie", "UMC location"],
    GENERAL_HOSPITAL: ["Algemeen ziekenhuis", "General hospital"],
    HOSPITAL_DEPARTMENT: ["Ziekenhuisafdeling", "Hospital department"],
    ELDERLY_CARE_ORGANISATION: ["Ouderenzorgorganisatie", "Elderly care organisation"],
    GP_TRAINING_INSTITUTE: ["Huisartsopleiding", "GP training institute"],
    ACADEMY: ["Academie", "Academy"],
    RESEARCH_GROUP: ["Onderzoeksgroep", "Research group"],
    CARE_NETWORK: ["Zorgnetwerk", "Care network"],
    PROFESSIONAL_BODY: ["Beroepsvereniging", "Professional body"],
    COMPANY: ["Bedrijf", "Company"],
  },
  PersonRole: { CONTACT: ["contactpersoon", "contact"], QUOTED_EXPERT: ["geciteerd", "quoted"], RESEARCHER: ["onderzoeker", "researcher"] },
  InstitutionRole: {
    LEAD: ["penvoerder", "lead"],
    TEST_LOCATION: ["testlocatie", "test location"],
    PARTNER: ["partner", "partner"],
    RESEARCH: ["onderzoek", "research"],
  },
  ParticipantLevel: {
    RESIDENT: ["aios", "residents"],
    SUPERVISOR: ["supervisoren", "supervisors"],
    PROFESSIONAL: ["professionals", "professionals"],
  },
  ExperimentStatus: { PLANNED: ["gepland", "planned"], RUNNING: ["loopt", "running"], COMPLETED: ["afgerond", "completed"] },
  Role: { READER: ["lezer", "reader"], MEMBER: ["lid", "member"], EDITOR: ["redacteur", "editor"], ADMIN: ["beheerder", "admin"] },
};
