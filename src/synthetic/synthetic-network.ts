import type { Client } from "pg";
import { CollaborationDomain, ExperimentKind, ExperimentStatus } from "../entities/experiment.entity";
import { InstitutionRole } from "../entities/experiment-institution.entity";
import { PersonRole } from "../entities/experiment-person.entity";
import { ParticipantLevel } from "../entities/experiment-specialty.entity";
import { InstitutionType } from "../entities/institution.entity";
import { LearningActivityType } from "../entities/learning-activity.entity";
import { CITIES, DEPARTMENTS, FIRST_NAMES, FORMATS, HOSPITAL_KINDS, SURNAMES, THEMES } from "./names";
import { Random } from "./prng";

/** Every synthetic row's slug starts with this, so a new run can replace the previous one. */
export const SYNTHETIC_PREFIX = "syn-";

type Column = unknown[];
/** `type` is the element type of the bound array; `cast`, when given, the column type it is cast to. */
type Columns = Record<string, { type: string; values: Column; cast?: string }>;

/** Inserts column arrays with `insert ... select from unnest(...)`, in chunks: one statement per chunk. */
async function bulkInsert(client: Client, table: string, columns: Columns, returning?: string): Promise<number[]> {
  const names = Object.keys(columns);
  const rowCount = columns[names[0]].values.length;
  const returned: number[] = [];
  const chunk = 20_000;
  for (let start = 0; start < rowCount; start += chunk) {
    const params = names.map((name) => columns[name].values.slice(start, start + chunk));
    const sql = `insert into "${table}" (${names.map((n) => `"${n}"`).join(", ")})
      select ${names.map((name, i) => `c${i}${columns[name].cast ? `::${columns[name].cast}` : ""}`).join(", ")}
      from unnest(${names.map((name, i) => `$${i + 1}::${columns[name].type}[]`).join(", ")}) as u(${names.map((_, i) => `c${i}`).join(", ")})
      ${returning ? `returning "${returning}"` : ""}`;
    const result = await client.query(sql, params);
    if (returning) returned.push(...result.rows.map((row) => Number(row[returning])));
  }
  return returned;
}

export interface SyntheticCounts {
  regions: number;
  institutions: number;
  people: number;
  experiments: number;
  edges: number;
}

/**
 * Replaces any earlier synthetic network with a new one of the given scale, deterministic for a seed.
 * Scale 1 is about 100 institutions, 1,000 people, 300 experiments and 5,000 edges; scale N is N times that.
 * Degrees are skewed: a few UMCs and hospitals take part in many experiments, most institutions in one or two.
 */
export async function generateSyntheticNetwork(client: Client, scale: number, seed: number): Promise<SyntheticCounts> {
  const random = new Random(seed);
  const n = (perScale: number) => Math.max(1, Math.round(perScale * scale));
  await client.query("begin");
  try {
    await deleteSyntheticNetwork(client);
    const specialtyPks = (await client.query(`select pk from specialty order by pk`)).rows.map((r) => Number(r.pk));
    const transitionPks = (await client.query(`select pk from care_transition order by pk`)).rows.map((r) => Number(r.pk));

    // regions
    const regionCount = Math.max(8, Math.round(8 * Math.sqrt(scale)));
    const regionPks = await bulkInsert(
      client,
      "region",
      {
        slug: { type: "text", values: range(regionCount).map((i) => `${SYNTHETIC_PREFIX}region-${i}`) },
        name: { type: "text", values: range(regionCount).map((i) => `Synthetische OOR ${i + 1}`) },
        description: { type: "text", values: range(regionCount).map(() => "Synthetische opleidingsregio (npm run seed:synthetic).") },
      },
      "pk",
    );

    // top-level institutions, hubs first: UMCs, then hospitals, elderly care, GP training, networks, companies
    const mix: Array<[InstitutionType, number, string]> = [
      [InstitutionType.UMC, 2, "UMC"],
      [InstitutionType.GENERAL_HOSPITAL, 20, ""],
      [InstitutionType.ELDERLY_CARE_ORGANISATION, 10, "Zorgcentrum"],
      [InstitutionType.GP_TRAINING_INSTITUTE, 4, "Huisartsenopleiding"],
      [InstitutionType.CARE_NETWORK, 2, "Zorgnetwerk"],
      [InstitutionType.COMPANY, 2, "Adviesbureau"],
    ];
    const top: Array<{ type: InstitutionType; name: string; city: string; region: number }> = [];
    for (const [type, perScale, label] of mix) {
      for (let i = 0; i < n(perScale); i++) {
        const city = random.pick(CITIES);
        const name = type === InstitutionType.GENERAL_HOSPITAL ? `${random.pick(HOSPITAL_KINDS)} ${city} ${top.length + 1}` : `${label} ${city} ${top.length + 1}`;
        top.push({ type, name, city, region: random.pick(regionPks) });
      }
    }
    const topPks = await bulkInsert(
      client,
      "institution",
      {
        slug: { type: "text", values: top.map((_, i) => `${SYNTHETIC_PREFIX}institution-${i}`) },
        name: { type: "text", values: top.map((t) => t.name) },
        type: { type: "text", values: top.map((t) => t.type) },
        region_pk: { type: "int", values: top.map((t) => t.region) },
        city: { type: "text", values: top.map((t) => t.city) },
      },
      "pk",
    );
    // parts: two locations per UMC, departments under hospitals (skewed towards the big ones)
    const parts: Array<{ parent: number; type: InstitutionType; name: string }> = [];
    top.forEach((t, i) => {
      if (t.type === InstitutionType.UMC) for (const location of ["locatie Noord", "locatie Zuid"]) parts.push({ parent: i, type: InstitutionType.UMC_LOCATION, name: `${t.name}, ${location}` });
    });
    const hospitals = top.map((t, i) => i).filter((i) => top[i].type === InstitutionType.UMC || top[i].type === InstitutionType.GENERAL_HOSPITAL);
    while (parts.length < n(60)) {
      const parent = hospitals[random.skewed(hospitals.length, 2)];
      parts.push({ parent, type: InstitutionType.HOSPITAL_DEPARTMENT, name: `${random.pick(DEPARTMENTS)} ${top[parent].name} ${parts.length + 1}` });
    }
    const partPks = await bulkInsert(
      client,
      "institution",
      {
        slug: { type: "text", values: parts.map((_, i) => `${SYNTHETIC_PREFIX}part-${i}`) },
        name: { type: "text", values: parts.map((p) => p.name) },
        type: { type: "text", values: parts.map((p) => p.type) },
        part_of_pk: { type: "int", values: parts.map((p) => topPks[p.parent]) },
        region_pk: { type: "int", values: parts.map((p) => top[p.parent].region) },
        city: { type: "text", values: parts.map((p) => top[p.parent].city) },
      },
      "pk",
    );
    const institutionPks = [...topPks, ...partPks];

    // people with a profession
    const peopleCount = n(1000);
    const personNames = range(peopleCount).map(() => `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`);
    const personPks = await bulkInsert(
      client,
      "person",
      {
        slug: { type: "text", values: range(peopleCount).map((i) => `${SYNTHETIC_PREFIX}person-${i}`) },
        name: { type: "text", values: personNames },
        profession_pk: { type: "int", values: range(peopleCount).map(() => random.pick(specialtyPks)) },
        email: { type: "text", values: range(peopleCount).map((i) => `persoon.${i}@example.org`) },
      },
      "pk",
    );
    // affiliations: one or two institutions each, skewed towards the hubs
    const affiliation = { person: [] as number[], institution: [] as number[], position: [] as string[] };
    personPks.forEach((person) => {
      for (const index of random.distinctSkewed(institutionPks.length, random.next() < 0.5 ? 1 : 2, 2)) {
        affiliation.person.push(person);
        affiliation.institution.push(institutionPks[index]);
        affiliation.position.push(random.pick(["aios", "opleider", "medisch specialist", "verpleegkundige", "onderzoeker", "coördinator"]));
      }
    });
    await bulkInsert(client, "affiliation", {
      person_pk: { type: "int", values: affiliation.person },
      institution_pk: { type: "int", values: affiliation.institution },
      position: { type: "text", values: affiliation.position },
    });

    // experiments and initiatives
    const experimentCount = n(300);
    const domains = Object.values(CollaborationDomain);
    const experiments = range(experimentCount).map((i) => {
      const theme = random.pick(THEMES);
      const city = random.pick(CITIES);
      return {
        slug: `${SYNTHETIC_PREFIX}experiment-${i}`,
        kind: random.next() < 0.1 ? ExperimentKind.EXPERIMENT : ExperimentKind.INITIATIVE,
        title: `${random.pick(FORMATS)} ${theme} in ${city} (${i + 1})`,
        summary: `Aios en andere zorgprofessionals in ${city} leren samen rond ${theme}.`,
        careTheme: theme,
        domains: `{${[...new Set([random.pick(domains), random.pick(domains)])].join(",")}}`,
        status: random.next() < 0.8 ? ExperimentStatus.RUNNING : ExperimentStatus.COMPLETED,
        startYear: 2015 + random.int(10),
      };
    });
    const experimentPks = await bulkInsert(
      client,
      "experiment",
      {
        slug: { type: "text", values: experiments.map((e) => e.slug) },
        kind: { type: "text", values: experiments.map((e) => e.kind) },
        title: { type: "text", values: experiments.map((e) => e.title) },
        summary: { type: "text", values: experiments.map((e) => e.summary) },
        care_theme: { type: "text", values: experiments.map((e) => e.careTheme) },
        domains: { type: "text", cast: "text[]", values: experiments.map((e) => e.domains) },
        status: { type: "text", values: experiments.map((e) => e.status) },
        start_year: { type: "int", values: experiments.map((e) => e.startYear) },
        goals: { type: "text", cast: "text[]", values: experiments.map(() => "{}") },
        next_steps: { type: "text", cast: "text[]", values: experiments.map(() => "{}") },
        reach_approximate: { type: "bool", values: experiments.map(() => false) },
      },
      "pk",
    );
    const edges = { institution: { e: [] as number[], i: [] as number[], role: [] as string[] }, person: { e: [] as number[], p: [] as number[], role: [] as string[] }, specialty: { e: [] as number[], s: [] as number[], level: [] as string[] }, transition: { e: [] as number[], t: [] as number[] } };
    const quotes = { slug: [] as string[], person: [] as number[], experiment: [] as number[], text: [] as string[] };
    const activities = { slug: [] as string[], experiment: [] as number[], institution: [] as number[], type: [] as string[], name: [] as string[] };
    const activityTypes = Object.values(LearningActivityType);
    experimentPks.forEach((experiment, i) => {
      const partners = random.distinctSkewed(institutionPks.length, 2 + random.int(5), 3).map((index) => institutionPks[index]);
      partners.forEach((institution, k) => {
        edges.institution.e.push(experiment);
        edges.institution.i.push(institution);
        edges.institution.role.push(k === 0 ? InstitutionRole.LEAD : random.next() < 0.5 ? InstitutionRole.PARTNER : InstitutionRole.TEST_LOCATION);
      });
      const members = random.distinctSkewed(personPks.length, 3, 1.5).map((index) => personPks[index]);
      members.forEach((person, k) => {
        edges.person.e.push(experiment);
        edges.person.p.push(person);
        edges.person.role.push(k === 0 ? PersonRole.CONTACT : random.next() < 0.5 ? PersonRole.RESEARCHER : PersonRole.QUOTED_EXPERT);
      });
      for (const index of random.distinctSkewed(specialtyPks.length, 3, 1.5)) {
        edges.specialty.e.push(experiment);
        edges.specialty.s.push(specialtyPks[index]);
        edges.specialty.level.push(random.pick(Object.values(ParticipantLevel)));
      }
      for (const index of random.distinctSkewed(transitionPks.length, 1 + random.int(2), 1)) {
        edges.transition.e.push(experiment);
        edges.transition.t.push(transitionPks[index]);
      }
      if (random.next() < 0.3) {
        quotes.slug.push(`${SYNTHETIC_PREFIX}quote-${i}`);
        quotes.person.push(members[0]);
        quotes.experiment.push(experiment);
        quotes.text.push(`Samen leren rond ${experiments[i].careTheme} maakt dat aios elkaars werk beter begrijpen.`);
      }
      activities.slug.push(`${SYNTHETIC_PREFIX}activity-${i}`);
      activities.experiment.push(experiment);
      activities.institution.push(partners[0]);
      activities.type.push(random.pick(activityTypes));
      activities.name.push(`Leeractiviteit ${i + 1}`);
    });
    await bulkInsert(client, "experiment_institution", { experiment_pk: { type: "int", values: edges.institution.e }, institution_pk: { type: "int", values: edges.institution.i }, role: { type: "text", values: edges.institution.role } });
    await bulkInsert(client, "experiment_person", { experiment_pk: { type: "int", values: edges.person.e }, person_pk: { type: "int", values: edges.person.p }, role: { type: "text", values: edges.person.role } });
    await bulkInsert(client, "experiment_specialty", { experiment_pk: { type: "int", values: edges.specialty.e }, specialty_pk: { type: "int", values: edges.specialty.s }, level: { type: "text", values: edges.specialty.level } });
    await bulkInsert(client, "experiment_care_transition", { experiment_pk: { type: "int", values: edges.transition.e }, care_transition_pk: { type: "int", values: edges.transition.t } });
    if (quotes.slug.length) {
      await bulkInsert(client, "quote", { slug: { type: "text", values: quotes.slug }, person_pk: { type: "int", values: quotes.person }, experiment_pk: { type: "int", values: quotes.experiment }, text: { type: "text", values: quotes.text } });
    }
    await bulkInsert(client, "learning_activity", {
      slug: { type: "text", values: activities.slug },
      experiment_pk: { type: "int", values: activities.experiment },
      institution_pk: { type: "int", values: activities.institution },
      type: { type: "text", values: activities.type },
      name: { type: "text", values: activities.name },
      count_approximate: { type: "bool", values: activities.slug.map(() => false) },
    });
    await client.query("commit");
    // fresh statistics for the planner, and visibility maps for index-only scans
    await client.query("vacuum analyze");
    return {
      regions: regionPks.length,
      institutions: institutionPks.length,
      people: personPks.length,
      experiments: experimentPks.length,
      edges: affiliation.person.length + edges.institution.e.length + edges.person.e.length + edges.specialty.e.length + edges.transition.e.length,
    };
  } catch (error) {
    await client.query("rollback");
    throw error;
  }
}

/** Removes every synthetic row (children before parents, since foreign keys restrict deletes). */
export async function deleteSyntheticNetwork(client: Client): Promise<void> {
  const like = `${SYNTHETIC_PREFIX}%`;
  await client.query(`delete from experiment where slug like $1`, [like]);
  await client.query(`delete from person where slug like $1`, [like]);
  await client.query(`delete from institution where slug like $1 and part_of_pk is not null`, [like]);
  await client.query(`delete from institution where slug like $1`, [like]);
  await client.query(`delete from region where slug like $1`, [like]);
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}
