import { getNamedType, isLeafType, isObjectType, type GraphQLField } from "graphql";
import { buildClientSchema } from "../src/api/build-schema";
import { declarationOf, nodeTypeOf } from "../src/catalogue/node-types";
import { relationFields } from "../src/catalogue/relation-fields";
import { Role } from "../src/model/viewer";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * Facts from ../shared/seeds, each checked through the GraphQL API the way a user would ask.
 * `query` is sent as-is; `expected` is compared with `pick(data)`.
 */
const facts: Array<{ fact: string; query: string; pick: (data: any) => unknown; expected: unknown }> = [
  {
    fact: "Opleiden 2025 is owned by the Federatie Medisch Specialisten, contact Arno van Rooijen",
    query: `{ programme(slug: "opleiden-2025") { name owner { name } contact { name email } minimumSpecialtiesPerExperiment lessonsLearnedDue lessonsLearnedDueDate } }`,
    pick: (d) => d.programme,
    expected: {
      name: "Opleiden 2025",
      owner: { name: "Federatie Medisch Specialisten" },
      contact: { name: "Arno van Rooijen", email: "a.vanrooijen@demedischspecialist.nl" },
      minimumSpecialtiesPerExperiment: 3,
      lessonsLearnedDue: "eind 2022",
      lessonsLearnedDueDate: "2022-12-31",
    },
  },
  {
    fact: "there are seven numbered experiments, in order",
    query: `{ experiments(kind: EXPERIMENT) { totalCount nodes { number title } } }`,
    pick: (d) => ({ total: d.experiments.totalCount, numbers: d.experiments.nodes.map((n: any) => n.number) }),
    expected: { total: 7, numbers: [1, 2, 3, 4, 5, 6, 7] },
  },
  {
    fact: "COBRA runs at Amsterdam UMC, locations VUmc and AMC (second test location)",
    query: `{ experiment(slug: "cobra") { acronym subtitle institutions { role note institution { name partOf { name } } } } }`,
    pick: (d) => ({
      acronym: d.experiment.acronym,
      subtitle: d.experiment.subtitle,
      sites: d.experiment.institutions.map((e: any) => `${e.role}:${e.institution.name}<${e.institution.partOf?.name ?? "-"}`).sort(),
    }),
    expected: {
      acronym: "COBRA",
      subtitle: "Interprofessioneel leren in en van een MDO3+",
      sites: [
        "LEAD:Amsterdam UMC<-",
        "TEST_LOCATION:Amsterdam UMC, locatie AMC<Amsterdam UMC",
        "TEST_LOCATION:Amsterdam UMC, locatie VUmc<Amsterdam UMC",
      ],
    },
  },
  {
    fact: "COBRA's MDO+++ takes 30 to 60 minutes",
    query: `{ experiment(slug: "cobra") { learningActivities { type durationMinMinutes durationMaxMinutes institution { shortName } } } }`,
    pick: (d) => d.experiment.learningActivities,
    expected: [{ type: "MDO", durationMinMinutes: 30, durationMaxMinutes: 60, institution: { shortName: "VUmc" } }],
  },
  {
    fact: "Amsterdam UMC has the locations VUmc and AMC",
    query: `{ institution(slug: "amsterdam-umc") { type parts { name type } } }`,
    pick: (d) => d.institution,
    expected: {
      type: "UMC",
      parts: [
        { name: "Amsterdam UMC, locatie AMC", type: "UMC_LOCATION" },
        { name: "Amsterdam UMC, locatie VUmc", type: "UMC_LOCATION" },
      ],
    },
  },
  {
    fact: "the ISA is run by JBZ with Ziekenhuis Gelderse Vallei; contacts Karen Keijsers and Bea Maris",
    query: `{ experiment(slug: "isa") { institutions { role institution { shortName } } people(role: CONTACT) { person { name email } } } }`,
    pick: (d) => ({
      institutions: d.experiment.institutions.map((e: any) => `${e.role}:${e.institution.shortName}`).sort(),
      contacts: d.experiment.people.map((p: any) => p.person),
    }),
    expected: {
      institutions: ["LEAD:JBZ", "PARTNER:ZGV", "TEST_LOCATION:ISA"],
      contacts: [
        { name: "Bea Maris", email: "MarisB@zgv.nl" },
        { name: "Karen Keijsers", email: "k.keijsers@jbz.nl" },
      ],
    },
  },
  {
    fact: "on the ISA internists, pulmonologists, cardiologists, geriatricians and hospital physicians work with allied health and nurses",
    query: `{ experiment(slug: "isa") { specialties(level: PROFESSIONAL) { specialty { practitionerName code codeSystem } } } }`,
    pick: (d) =>
      d.experiment.specialties.map((s: any) => `${s.specialty.practitionerName}:${s.specialty.codeSystem}:${s.specialty.code}`).sort(),
    expected: [
      "cardioloog:VEKTIS_COD016:0320",
      "internist:VEKTIS_COD016:0313",
      "klinisch geriater:VEKTIS_COD016:0335",
      "longarts:VEKTIS_COD016:0322",
      "paramedicus:LOCAL:IPO-PARA",
      "verpleegkundige:LOCAL:IPO-VPK",
      "ziekenhuisarts:LOCAL:IPO-ZHA",
    ],
  },
  {
    fact: "the ISA leads to a shorter length of stay and fewer consultations",
    query: `{ experiment(slug: "isa") { factors(kind: OUTCOME) { text } } }`,
    pick: (d) => d.experiment.factors.map((f: any) => f.text),
    expected: ["De interprofessionele werkwijze leidt tot een kortere ligduur en minder intercollegiale consulten."],
  },
  {
    fact: "experiment 2 takes place at HMC's centre (with LUMC) and Haga's emergency department with Florence",
    query: `{ experiment(slug: "netwerkstage-ouderengeneeskunde") { number institutions { role institution { slug } } people { role person { name email } } } }`,
    pick: (d) => ({
      number: d.experiment.number,
      institutions: d.experiment.institutions.map((e: any) => `${e.role}:${e.institution.slug}`).sort(),
      people: d.experiment.people.map((p: any) => `${p.role}:${p.person.name}:${p.person.email}`).sort(),
    }),
    expected: {
      number: 2,
      institutions: [
        "LEAD:lumc",
        "PARTNER:florence",
        "PARTNER:hagaziekenhuis",
        "PARTNER:hmc",
        "TEST_LOCATION:hagaziekenhuis-seh",
        "TEST_LOCATION:hmc-interdisciplinair-centrum-ouderengeneeskunde",
      ],
      people: ["CONTACT:Annemarie Moll:a.moll-jongerius@lumc.nl", "QUOTED_EXPERT:Annemarie Moll:a.moll-jongerius@lumc.nl"],
    },
  },
  {
    fact: "transmural digital consultation comes from the OOR ON consultation project (Radboudumc) and UMC Utrecht's cardiometabolic network",
    query: `{ experiment(slug: "transmurale-digitale-consultatie") { institutions { role institution { name region { shortName } } } relatedExperiments { kind relatedExperiment { title } } people { person { email } } } }`,
    pick: (d) => ({
      institutions: d.experiment.institutions
        .map((e: any) => `${e.role}:${e.institution.name}:${e.institution.region?.shortName ?? "-"}`)
        .sort(),
      related: d.experiment.relatedExperiments.map((r: any) => `${r.kind}:${r.relatedExperiment.title}`).sort(),
      contact: d.experiment.people.map((p: any) => p.person.email),
    }),
    expected: {
      institutions: ["LEAD:Radboudumc:OOR ON", "PARTNER:Cardiometabool zorgnetwerk UMC Utrecht:-", "PARTNER:UMC Utrecht:-"],
      related: ["BUILDS_ON:OOR ON consultatieproject", "SEE_ALSO:Gezamenlijke patiëntenzorg"],
      contact: ["Dieneke.vanAsselt@radboudumc.nl"],
    },
  },
  {
    fact: "experiment 4 delivers education, design requirements and a guide",
    query: `{ experiment(slug: "transmurale-digitale-consultatie") { deliverables { kind } references { kind title } } }`,
    pick: (d) => ({ deliverables: d.experiment.deliverables.map((x: any) => x.kind).sort(), references: d.experiment.references }),
    expected: {
      deliverables: ["CURRICULUM", "DESIGN_REQUIREMENTS", "GUIDE"],
      references: [{ kind: "WEBINAR", title: "Webinar over Transmurale digitale consultatie" }],
    },
  },
  {
    fact: "the COVID study uses about twenty qualitative interviews with residents and supervisors",
    query: `{ experiment(slug: "covid-crisis") { learningActivities { type countMin countApproximate } deliverables { kind } institutions(role: RESEARCH) { institution { name } } } }`,
    pick: (d) => ({
      interviews: d.experiment.learningActivities.find((a: any) => a.type === "INTERVIEWS"),
      deliverables: d.experiment.deliverables.map((x: any) => x.kind),
      research: d.experiment.institutions.map((e: any) => e.institution.name).sort(),
    }),
    expected: {
      interviews: { type: "INTERVIEWS", countMin: 20, countApproximate: true },
      deliverables: ["TOOLBOX"],
      research: ["Afdeling Eerstelijnsgeneeskunde Radboudumc", "Radboudumc Health Academy"],
    },
  },
  {
    fact: "Nynke Scherpbier (UMCG) comments on the first COVID results",
    query: `{ person(slug: "nynke-scherpbier") { professionTitle affiliations { position institution { shortName name } } quotes { topic experiment { number } } } }`,
    pick: (d) => ({
      title: d.person.professionTitle,
      affiliations: d.person.affiliations.map((a: any) => a.position).sort(),
      quotes: d.person.quotes,
    }),
    expected: {
      title: "associate professor Interprofesional Education en hoofd afdeling huisarts- en ouderengeneeskunde UMCG",
      affiliations: ["associate professor Interprofesional Education", "hoofd afdeling"],
      quotes: [{ topic: "over de eerste resultaten", experiment: { number: 5 } }],
    },
  },
  {
    fact: "palliative care brings together five existing learning resources",
    query: `{ experiment(slug: "palliatieve-zorg") { learningActivities { type } deliverables { kind status } people { role person { name email } } } }`,
    pick: (d) => ({
      activities: d.experiment.learningActivities.map((a: any) => a.type).sort(),
      existing: d.experiment.deliverables
        .filter((x: any) => x.status === "EXISTING")
        .map((x: any) => x.kind)
        .sort(),
      people: d.experiment.people.map((p: any) => `${p.role}:${p.person.name}:${p.person.email}`).sort(),
    }),
    expected: {
      activities: ["NETWORK_PLACEMENT", "ONLINE_COURSE", "SIMULATION_TRAINING"],
      existing: ["COMPETENCY_FRAMEWORK", "EPA", "PLACEMENT_DESCRIPTION"],
      people: ["CONTACT:Linda Bruggink:linda@smarteld.nl", "QUOTED_EXPERT:Marieke van den Brand:null"],
    },
  },
  {
    fact: "Van huis naar thuis: online course, case discussions, Kijkje In Elkaars Keuken, home visit, in that order",
    query: `{ experiment(slug: "van-huis-naar-thuis") { learningActivities { sequence type name } references { kind publisher year seriesNumber } people(role: CONTACT) { person { name email } } } }`,
    pick: (d) => ({
      activities: d.experiment.learningActivities.map((a: any) => `${a.sequence}:${a.type}`),
      report: d.experiment.references[0],
      contact: d.experiment.people[0].person,
    }),
    expected: {
      activities: ["1:ONLINE_COURSE", "2:CASE_DISCUSSION", "3:NETWORK_PLACEMENT", "4:HOME_VISIT"],
      report: { kind: "REPORT", publisher: "WRR (Wetenschappelijke Raad voor het Regeringsbeleid)", year: 2021, seriesNumber: "104" },
      contact: { name: "Alette Samuels", email: "a.ten.klooster@antoniusziekenhuis.nl" },
    },
  },
  {
    fact: "the DUO-project: about 45 (h)aios since 2017, duos for 6-9 months, scaling up to OOR Leiden in 2021",
    query: `{ experiment(slug: "duo-project") { kind acronym startYear reachCount reachApproximate reachSinceYear durationMinMonths durationMaxMonths deliverables { targetYear title } } }`,
    pick: (d) => ({
      ...d.experiment,
      deliverables: d.experiment.deliverables.filter((x: any) => x.targetYear).map((x: any) => x.targetYear),
    }),
    expected: {
      kind: "INITIATIVE",
      acronym: "DUO",
      startYear: 2017,
      reachCount: 45,
      reachApproximate: true,
      reachSinceYear: 2017,
      durationMinMonths: 6,
      durationMaxMonths: 9,
      deliverables: [2021],
    },
  },
  {
    fact: "DUO pairs GP residents of LUMC with specialist residents of HagaZiekenhuis; three contacts",
    query: `{ experiment(slug: "duo-project") { specialties(level: RESIDENT) { specialty { slug } } people { person { name email affiliations { position institution { name } } } } learningActivities { type countMin countMax } } }`,
    pick: (d) => ({
      residents: d.experiment.specialties.map((s: any) => s.specialty.slug).sort(),
      contacts: d.experiment.people.map(
        (p: any) =>
          `${p.person.name}|${p.person.email}|${p.person.affiliations.map((a: any) => `${a.position}@${a.institution.name}`).join(",")}`,
      ),
      groupMeetings: d.experiment.learningActivities.find((a: any) => a.countMax === 3),
    }),
    expected: {
      residents: ["huisartsgeneeskunde", "medisch-specialisme"],
      contacts: [
        "Bart Hellebrekers|b.hellebrekers@hagaziekenhuis.nl|decaan@HagaAcademie",
        "Jacqueline Bustraan|j.bustraan@hagaziekenhuis.nl|onderwijskundige@HagaAcademie",
        "Margot Heijmans|m.heijmans@lumc.nl|contactpersoon DUO-project@Huisartsenopleiding LUMC / Campus Den Haag",
      ],
      groupMeetings: { type: "GROUP_MEETING", countMin: 2, countMax: 3 },
    },
  },
  {
    fact: "GP referrals to hospital are addressed by experiment 2, experiment 4 and the DUO-project",
    query: `{ careTransition(slug: "referral-primary-care-hospital") { kind fromSetting toSetting experiments { experiment { slug } } } }`,
    pick: (d) => ({ ...d.careTransition, experiments: d.careTransition.experiments.map((e: any) => e.experiment.slug).sort() }),
    expected: {
      kind: "REFERRAL",
      fromSetting: "PRIMARY_CARE",
      toSetting: "HOSPITAL",
      experiments: ["duo-project", "netwerkstage-ouderengeneeskunde", "transmurale-digitale-consultatie"],
    },
  },
  {
    fact: "every experiment has its contact with an e-mail address, and quotes carry their speaker",
    query: `{ experiments(kind: EXPERIMENT) { nodes { number people(role: CONTACT) { person { email } } quotes { person { name } } } } }`,
    pick: (d) =>
      d.experiments.nodes.map(
        (e: any) =>
          `${e.number}:${e.people.map((p: any) => p.person.email).join("+")}:${e.quotes.map((q: any) => q.person.name).join("+")}`,
      ),
    expected: [
      "1:k.nauta@amsterdamumc.nl:Klaas Nauta",
      "2:a.moll-jongerius@lumc.nl:Annemarie Moll",
      "3:MarisB@zgv.nl+k.keijsers@jbz.nl:Karen Keijsers",
      "4:Dieneke.vanAsselt@radboudumc.nl:",
      "5:natasja.looman@radboudumc.nl:Natasja Looman+Nynke Scherpbier",
      "6:linda@smarteld.nl:Marieke van den Brand",
      "7:a.ten.klooster@antoniusziekenhuis.nl:Jules Schagen van Leeuwen",
    ],
  },
  {
    fact: "OOR Leiden holds LUMC, HMC, HagaZiekenhuis and Florence",
    query: `{ institutions(topLevel: true, first: 100) { nodes { slug region { slug } } } }`,
    pick: (d) =>
      d.institutions.nodes
        .filter((i: any) => i.region?.slug === "oor-leiden")
        .map((i: any) => i.slug)
        .sort(),
    expected: ["florence", "hagaziekenhuis", "hmc", "lumc"],
  },
];

describe("seed facts, checked through GraphQL", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(facts.map((f) => [f.fact, f] as const))("%s", async (_name, { query, pick, expected }) => {
    // contacts' e-mail addresses are personal data: members see them
    const { body } = await app.query(query, undefined, { as: Role.MEMBER });
    expect(body.errors).toBeUndefined();
    expect(pick(body.data)).toEqual(expected);
  });

  it("filters institutions by region, type and parent", async () => {
    const ids = await app.query(`{ region(slug: "oor-leiden") { id } institution(slug: "hagaziekenhuis") { id } }`);
    const { body } = await app.query(
      `query($region: ID!, $parent: ID!) {
        leidenTop: institutions(regionId: $region, topLevel: true) { totalCount nodes { slug } }
        academies: institutions(type: ACADEMY) { nodes { slug } }
        hagaParts: institutions(parentId: $parent) { nodes { slug } }
      }`,
      { region: ids.body.data.region.id, parent: ids.body.data.institution.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.leidenTop.nodes.map((n: any) => n.slug).sort()).toEqual(["florence", "hagaziekenhuis", "hmc", "lumc"]);
    expect(body.data.academies.nodes.map((n: any) => n.slug).sort()).toEqual([
      "antonius-academie",
      "hagaacademie",
      "radboudumc-health-academy",
    ]);
    expect(body.data.hagaParts.nodes.map((n: any) => n.slug).sort()).toEqual(["hagaacademie", "hagaziekenhuis-seh"]);
  });

  it("filters people by institution and specialty", async () => {
    const ids = await app.query(`{ institution(slug: "hagaacademie") { id } specialty(slug: "klinische-geriatrie") { id } }`);
    const { body } = await app.query(
      `query($institution: ID!, $specialty: ID!) {
        haga: people(institutionId: $institution) { nodes { name } }
        geriatricians: people(specialtyId: $specialty) { nodes { name } }
        quoted: people(role: QUOTED_EXPERT) { totalCount }
      }`,
      { institution: ids.body.data.institution.id, specialty: ids.body.data.specialty.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.haga.nodes.map((n: any) => n.name)).toEqual(["Bart Hellebrekers", "Jacqueline Bustraan"]);
    expect(body.data.geriatricians.nodes.map((n: any) => n.name)).toEqual(["Karen Keijsers"]);
    expect(body.data.quoted.totalCount).toBe(7);
  });

  it("filters experiments by region, specialty and domain", async () => {
    const ids = await app.query(`{ region(slug: "oor-leiden") { id } specialty(slug: "psychiatrie") { id } }`);
    const { body } = await app.query(
      `query($region: ID!, $specialty: ID!) {
        inLeiden: experiments(regionId: $region) { nodes { slug } }
        withPsychiatry: experiments(specialtyId: $specialty) { nodes { slug } }
        mentalHealth: experiments(domain: MENTAL_HEALTH) { nodes { slug } }
        publicHealth: experiments(domain: PUBLIC_HEALTH) { nodes { slug } }
      }`,
      { region: ids.body.data.region.id, specialty: ids.body.data.specialty.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.inLeiden.nodes.map((n: any) => n.slug)).toEqual(["netwerkstage-ouderengeneeskunde", "duo-project"]);
    expect(body.data.withPsychiatry.nodes.map((n: any) => n.slug)).toEqual(["cobra"]);
    expect(body.data.mentalHealth.nodes.map((n: any) => n.slug)).toEqual(["cobra"]);
    expect(body.data.publicHealth.nodes.map((n: any) => n.slug)).toEqual(["van-huis-naar-thuis"]);
  });

  it("reads only the columns a request asks for, without losing any field asked through filters, fragments or interfaces", async () => {
    const { body } = await app.query(`
      query { experiment(slug: "isa") { id factors(kind: OUTCOME) { text } ...Names } institutions(first: 1) { nodes { ...Place } } }
      fragment Names on Experiment { acronym institutions(role: LEAD) { institution { ... on Node { id } ...Place } } }
      fragment Place on Institution { city }
    `);
    expect(body.errors).toBeUndefined();
    expect(body.data.experiment.factors).toHaveLength(1);
    expect(body.data.experiment.acronym).toBe("ISA");
    expect(body.data.experiment.institutions[0].institution.city).toBe("'s-Hertogenbosch");
    expect(body.data.institutions.nodes[0].city).toEqual(expect.any(String));
    const viaNode = await app.query(`query($id: ID!) { node(id: $id) { ... on Experiment { title subtitle } } }`, {
      id: body.data.experiment.id,
    });
    expect(viaNode.body.data.node).toEqual({
      title: "Intensieve SamenwerkingsAfdeling (ISA)",
      subtitle: "Samen leren in de zorg rondom de multimorbide patiënten",
    });
  });

  it("an edge list reads only the edge's columns asked for: every field of every edge type answers alone as it does asked with all the others", async () => {
    const schema = await buildClientSchema();
    // a node by its id, any other object by its leaf fields (Provenance), a leaf as it is
    const selectionOf = (field: GraphQLField<unknown, unknown>) => {
      const type = getNamedType(field.type);
      if (isLeafType(type)) return field.name;
      if (!isObjectType(type)) throw new Error(`${field.name}: no selection for ${type.name}`);
      if (type.getInterfaces().some((face) => face.name === "Node")) return `${field.name} { id }`;
      return `${field.name} { ${Object.values(type.getFields())
        .filter((leaf) => isLeafType(getNamedType(leaf.type)))
        .map((leaf) => leaf.name)
        .join(" ")} }`;
    };
    let values = 0;
    let lists = 0;
    for (const relation of relationFields()) {
      if (relation.kind !== "many" || relation.path.kind !== "edges") continue;
      const edgeType = schema.getType(relation.item.name);
      if (!isObjectType(edgeType)) throw new Error(`${relation.item.name} is no object type of the schema`);
      const fields = Object.values(edgeType.getFields()).filter((field) => field.args.length === 0);
      const listOf = (selection: string) =>
        `{ list: ${declarationOf(nodeTypeOf(relation.owner)!).list.name}(first: 100) { nodes { edges: ${relation.name} { ${selection} } } } }`;
      const all = await app.query(listOf(fields.map(selectionOf).join(" ")));
      expect(all.body.errors).toBeUndefined();
      const edges = all.body.data.list.nodes.flatMap((node: any) => node.edges);
      lists += 1;
      for (const field of fields) {
        const alone = await app.query(listOf(selectionOf(field)));
        expect(alone.body.errors).toBeUndefined();
        const answered = alone.body.data.list.nodes.flatMap((node: any) => node.edges.map((edge: any) => edge[field.name]));
        expect({ type: edgeType.name, field: field.name, answered }).toEqual({
          type: edgeType.name,
          field: field.name,
          answered: edges.map((edge: any) => edge[field.name]),
        });
        values += answered.filter((value: unknown) => value !== null).length;
      }
    }
    console.log(`edge fields asked alone: ${lists} edge lists, ${values} non-null values compared`);
    expect(lists).toBeGreaterThanOrEqual(10);
    expect(values).toBeGreaterThan(1000);
  });

  it("walks experiment -> institution -> its other experiments -> their people -> their specialties", async () => {
    const { body } = await app.query(`{
      experiment(slug: "netwerkstage-ouderengeneeskunde") {
        institutions(role: LEAD) { institution { slug experiments(first: 20) { experiment { slug people(first: 20) { person { name profession { name } } } } } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const lumc = body.data.experiment.institutions[0].institution;
    expect(lumc.slug).toBe("lumc");
    const other = lumc.experiments.map((e: any) => e.experiment.slug).sort();
    expect(other).toEqual(["duo-project", "netwerkstage-ouderengeneeskunde"]);
    const duo = lumc.experiments.find((e: any) => e.experiment.slug === "duo-project").experiment;
    expect(duo.people.find((p: any) => p.person.name === "Jacqueline Bustraan").person.profession.name).toBe("Onderwijskunde");
  });
});
