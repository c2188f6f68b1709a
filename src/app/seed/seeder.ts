import { unexplainedInference } from "./inferred-notes";
import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import { Affiliation } from "../../model/entities/affiliation.entity";
import { CareTransition } from "../../model/entities/care-transition.entity";
import { Deliverable } from "../../model/entities/deliverable.entity";
import { Experiment } from "../../model/entities/experiment.entity";
import { ExperimentCareTransition } from "../../model/entities/experiment-care-transition.entity";
import { ExperimentInstitution } from "../../model/entities/experiment-institution.entity";
import { ExperimentPerson } from "../../model/entities/experiment-person.entity";
import { ExperimentRelation } from "../../model/entities/experiment-relation.entity";
import { ExperimentSpecialty } from "../../model/entities/experiment-specialty.entity";
import { Factor } from "../../model/entities/factor.entity";
import { Institution } from "../../model/entities/institution.entity";
import { LearningActivity } from "../../model/entities/learning-activity.entity";
import { Person } from "../../model/entities/person.entity";
import { Programme } from "../../model/entities/programme.entity";
import { Quote } from "../../model/entities/quote.entity";
import { Reference } from "../../model/entities/reference.entity";
import { Region } from "../../model/entities/region.entity";
import { Specialty } from "../../model/entities/specialty.entity";
import { careTransitions } from "./data/care-transitions.seed";
import { experiments } from "./data/experiments.seed";
import { institutions } from "./data/institutions.seed";
import { people } from "./data/people.seed";
import { programmes } from "./data/programme.seed";
import { regions } from "./data/regions.seed";
import { specialties } from "./data/specialties.seed";
import type { DeliverableSeed, FactorSeed, ReferenceSeed } from "./seed-data.types";
import { slugify } from "../../platform/slugify";
import type { SeedProvenance } from "./seed-data.types";

type Keys = Map<string, number>;
type EntityClass = new () => object;

/** Turns a slug into the primary key upserted for it, or fails loudly on a typo in the seed data. */
function keyOf(keys: Keys, slug: string, what: string): number {
  const pk = keys.get(slug);
  if (pk === undefined) throw new Error(`Seed data refers to unknown ${what} "${slug}"`);
  return pk;
}

/**
 * Inserts rows missing by their natural key and leaves existing ones as they are (curated changes are
 * not reverted by seeding again); returns slug -> primary key when rows have a slug.
 */
async function upsert(
  em: EntityManager,
  entity: EntityClass,
  rows: Array<Record<string, unknown>>,
  conflictFields: string[] = ["slug"],
): Promise<Keys> {
  const keys: Keys = new Map();
  if (rows.length === 0) return keys;
  const saved = (await em.upsertMany(entity as never, rows as never[], {
    onConflictFields: conflictFields as never,
    onConflictAction: "ignore",
  })) as Array<Record<string, any>>;
  saved.forEach((row, index) => {
    if (typeof rows[index].slug === "string") keys.set(rows[index].slug as string, row.pk);
  });
  return keys;
}

/**
 * The provenance columns of a seed record: its own source and inference, else (for the records of an
 * experiment or a programme) its owner's source. A record with neither is an error in the seed data.
 */
function provenance(
  record: SeedProvenance & { note?: string; sourceNotes?: string },
  owner?: SeedProvenance,
): { provenanceSource: string | null; provenanceInference: string | null } {
  const source = record.source ?? owner?.source ?? null;
  const inference = record.inferred ?? null;
  const unexplained = unexplainedInference(record);
  if (unexplained)
    throw new Error(
      `A seed record's note says something in it is inferred ("${unexplained}") but gives no \`inferred\` reason: it would be served as STATED`,
    );
  if (!source && !inference)
    throw new Error(`A seed record says neither where it is stated nor why it is inferred: ${JSON.stringify(record).slice(0, 200)}`);
  return { provenanceSource: source, provenanceInference: inference };
}

/** A seed record without its provenance fields (they become the provenance columns). */
function withoutProvenance<T extends SeedProvenance>({ source: _source, inferred: _inferred, ...rest }: T): Omit<T, "source" | "inferred"> {
  return rest;
}

const nulls = <T extends object>(row: T) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value ?? null]));

/**
 * Loads every fact of the sources (src/seed/data) in one transaction. Idempotent: rows are matched by
 * their natural keys and only missing ones are inserted, so running it again changes nothing.
 */
export async function seed(orm: MikroORM): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    const regionKeys = await upsert(
      em,
      Region,
      regions.map((r) => nulls({ slug: r.slug, name: r.name, shortName: r.shortName, description: r.description, ...provenance(r) })),
    );

    const institutionKeys: Keys = new Map();
    for (const i of institutions) {
      const keys = await upsert(em, Institution, [
        nulls({
          slug: i.slug,
          name: i.name,
          shortName: i.shortName,
          type: i.type,
          partOf: i.partOf ? keyOf(institutionKeys, i.partOf, "institution") : null,
          region: i.region ? keyOf(regionKeys, i.region, "region") : null,
          city: i.city,
          emailDomain: i.emailDomain,
          description: i.description,
          ...provenance(i),
        }),
      ]);
      institutionKeys.set(i.slug, keyOf(keys, i.slug, "institution"));
    }

    const specialtyKeys = await upsert(
      em,
      Specialty,
      specialties.map((s) => ({ ...withoutProvenance(s), ...provenance(s) })),
    );
    const personKeys = await upsert(
      em,
      Person,
      people.map((p) =>
        nulls({
          slug: p.slug,
          name: p.name,
          professionTitle: p.professionTitle,
          profession: p.profession ? keyOf(specialtyKeys, p.profession, "specialty") : null,
          email: p.email,
          ...provenance(p),
        }),
      ),
    );
    await upsert(
      em,
      Affiliation,
      people.flatMap((p) =>
        p.affiliations.map((a) =>
          nulls({
            person: keyOf(personKeys, p.slug, "person"),
            institution: keyOf(institutionKeys, a.institution, "institution"),
            position: a.position,
            note: a.note,
            ...provenance(a, p),
          }),
        ),
      ),
      ["person", "institution", "position"],
    );
    const transitionKeys = await upsert(
      em,
      CareTransition,
      careTransitions.map((t) => ({ ...withoutProvenance(t), ...provenance(t) })),
    );

    const programmeKeys = await upsert(
      em,
      Programme,
      programmes.map((p) =>
        nulls({
          slug: p.slug,
          name: p.name,
          owner: keyOf(institutionKeys, p.owner, "institution"),
          contact: p.contact ? keyOf(personKeys, p.contact, "person") : null,
          summary: p.summary,
          aims: p.aims,
          minimumSpecialtiesPerExperiment: p.minimumSpecialtiesPerExperiment,
          lessonsLearnedDue: p.lessonsLearnedDue,
          lessonsLearnedDueDate: p.lessonsLearnedDueDate,
          ...provenance(p),
        }),
      ),
    );
    for (const p of programmes) {
      const owner = { programme: keyOf(programmeKeys, p.slug, "programme"), experiment: null };
      await upsertOutputs(em, p.slug, owner, p, p.deliverables, p.factors, p.references);
    }

    const experimentKeys = await upsert(
      em,
      Experiment,
      experiments.map(
        ({
          institutions: _i,
          people: _p,
          specialties: _s,
          careTransitions: _c,
          relatedExperiments: _r,
          learningActivities: _l,
          deliverables: _d,
          factors: _f,
          quotes: _q,
          references: _ref,
          programme,
          source,
          inferred,
          ...e
        }) =>
          nulls({
            ...e,
            ...provenance({ source, inferred, sourceNotes: e.sourceNotes }),
            programme: programme ? keyOf(programmeKeys, programme, "programme") : null,
            nextSteps: e.nextSteps ?? [],
            reachApproximate: e.reachApproximate ?? false,
          }),
      ),
    );

    for (const e of experiments) {
      const experiment = keyOf(experimentKeys, e.slug, "experiment");
      await upsert(
        em,
        ExperimentInstitution,
        e.institutions.map((x) =>
          nulls({
            experiment,
            institution: keyOf(institutionKeys, x.institution, "institution"),
            role: x.role,
            note: x.note,
            ...provenance(x, e),
          }),
        ),
        ["experiment", "institution", "role"],
      );
      await upsert(
        em,
        ExperimentPerson,
        e.people.map((x) =>
          nulls({ experiment, person: keyOf(personKeys, x.person, "person"), role: x.role, note: x.note, ...provenance(x, e) }),
        ),
        ["experiment", "person", "role"],
      );
      await upsert(
        em,
        ExperimentSpecialty,
        e.specialties.map((x) =>
          nulls({
            experiment,
            specialty: keyOf(specialtyKeys, x.specialty, "specialty"),
            level: x.level,
            note: x.note,
            ...provenance(x, e),
          }),
        ),
        ["experiment", "specialty", "level"],
      );
      await upsert(
        em,
        ExperimentCareTransition,
        e.careTransitions.map((x) =>
          nulls({
            experiment,
            careTransition: keyOf(transitionKeys, x.careTransition, "care transition"),
            note: x.note,
            ...provenance(x, e),
          }),
        ),
        ["experiment", "careTransition"],
      );
      await upsert(
        em,
        ExperimentRelation,
        e.relatedExperiments.map((x) => ({
          experiment,
          relatedExperiment: keyOf(experimentKeys, x.experiment, "experiment"),
          kind: x.kind,
          ...provenance({}, e),
        })),
        ["experiment", "relatedExperiment", "kind"],
      );
      await upsert(
        em,
        LearningActivity,
        e.learningActivities.map((a) =>
          nulls({
            ...a,
            slug: `${e.slug}-${slugify(a.name)}`,
            experiment,
            institution: a.institution ? keyOf(institutionKeys, a.institution, "institution") : null,
            countApproximate: a.countApproximate ?? false,
            ...provenance({}, e),
          }),
        ),
      );
      await upsert(
        em,
        Quote,
        e.quotes.map((q) =>
          nulls({
            slug: `${q.person}-over-${e.slug}`,
            person: keyOf(personKeys, q.person, "person"),
            experiment,
            text: q.text,
            topic: q.topic,
            ...provenance({}, e),
          }),
        ),
      );
      await upsertOutputs(em, e.slug, { experiment, programme: null }, e, e.deliverables, e.factors, e.references);
    }
  });
}

/** Deliverables, factors and references of a programme or an experiment, keyed by slugs derived from their owner. */
async function upsertOutputs(
  em: EntityManager,
  ownerSlug: string,
  owner: { experiment: number | null; programme: number | null },
  from: SeedProvenance,
  deliverables: DeliverableSeed[],
  factors: FactorSeed[],
  references: ReferenceSeed[],
) {
  await upsert(
    em,
    Deliverable,
    deliverables.map((d) => nulls({ ...d, ...owner, ...provenance({}, from), slug: `${ownerSlug}-${slugify(d.title, 60)}` })),
  );
  await upsert(
    em,
    Factor,
    factors.map((f, index) => ({ ...f, ...owner, ...provenance({}, from), slug: `${ownerSlug}-factor-${index + 1}` })),
  );
  await upsert(
    em,
    Reference,
    references.map((r) => nulls({ ...r, ...owner, ...provenance({}, from), slug: `${ownerSlug}-${slugify(`${r.kind}-${r.title}`, 70)}` })),
  );
}

/** Seeds on first start: when no programme exists yet. */
export async function seedIfEmpty(orm: MikroORM): Promise<boolean> {
  const [{ count }] = await orm.em.getConnection().execute<Array<{ count: string }>>(`select count(*) as count from "programme"`);
  if (Number(count) > 0) return false;
  await seed(orm);
  return true;
}
