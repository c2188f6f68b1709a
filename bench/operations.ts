import { knex } from "@mikro-orm/knex";
import type { Pool } from "pg";
import { nodeEntities, NODE_TYPE_NAMES, type NodeTypeName } from "../src/catalogue/node-types";
import { entityMetadata } from "../src/catalogue/entity-metadata";
import { neighbourhood } from "../src/features/graph/neighbourhood";
import { shortestPath } from "../src/features/graph/shortest-path";
import { sqlHops, type GraphNodeRef, type WalkHops } from "../src/features/graph/graph-walk";
import type { SqlRunner } from "../src/sql/sql-runner";
import { toGlobalId } from "../src/catalogue/global-id";
import { searchPage } from "../src/features/search/search.query";
import { createSqlRunner } from "../src/sql/sql-runner";

/** What the operations run against: picked once from the synthetic network, the same for API and floor. */
export interface BenchTargets {
  institutionSlug: string;
  institutionPk: number;
  regionPk: number;
  pathFrom: GraphNodeRef;
  pathTo: GraphNodeRef;
}

export interface Operation {
  name: string;
  description: string;
  /** GraphQL operation sent to IPO Graph. */
  query: string;
  variables?: () => Record<string, unknown>;
  /** The floor: the same rows with hand-written SQL through pg, as plain JSON. */
  floor: (sql: SqlRunner, variables: Record<string, any>) => Promise<unknown>;
  /** Run against the server with batching switched off. */
  unbatched?: boolean;
}

/** Prefixes a user types, cycled through by the search operation. */
const TYPED = [
  "pal",
  "pall",
  "palli",
  "dem",
  "deme",
  "demen",
  "zie",
  "ziek",
  "zieken",
  "Jan",
  "Jans",
  "Janse",
  "de V",
  "de Vr",
  "hart",
  "hartf",
];

/** Table of each node type, from the entities' metadata. */
const tableOf = (type: NodeTypeName) => entityMetadata().get(nodeEntities[type].name).tableName;

/** knex compiles the floor's raw SQL (`?` values) exactly as it does for the API. */
export const floorKnex = knex({ client: "pg" });

/** The rows behind a list of node refs, one statement per type, as GraphQL fetches them. */
async function fetchNodes(sql: SqlRunner, refs: GraphNodeRef[]) {
  const byType = new Map<NodeTypeName, number[]>();
  for (const ref of refs) byType.set(ref.type, [...(byType.get(ref.type) ?? []), ref.pk]);
  const found = new Map<string, unknown>();
  await Promise.all(
    [...byType].map(async ([type, pks]) => {
      for (const row of await sql.raw(`select * from "${tableOf(type)}" where pk = any(?::int[])`, [`{${pks.join(",")}}`]))
        found.set(`${type}:${row.pk}`, row);
    }),
  );
  return refs.map((ref) => ({ id: toGlobalId(ref.type, ref.pk), row: found.get(`${ref.type}:${ref.pk}`) }));
}

const LIST_QUERY = `{ experiments(first: 50) { nodes { id title people { role person { name affiliations { position institution { name } } } } } } }`;

async function listFloor(sql: SqlRunner) {
  const experiments = await sql.raw(`select pk, title from experiment order by number asc nulls last, title asc, pk asc limit 50`);
  const people = await sql.raw(
    `select ep.experiment_pk, ep.role, p.pk, p.name from experiment_person ep join person p on p.pk = ep.person_pk where ep.experiment_pk = any(?::int[]) order by p.name, ep.pk`,
    [`{${experiments.map((e) => e.pk).join(",")}}`],
  );
  const affiliations = await sql.raw(
    `select a.person_pk, a.position, i.name from affiliation a join institution i on i.pk = a.institution_pk where a.person_pk = any(?::int[]) order by i.name, a.pk`,
    [`{${[...new Set(people.map((p) => p.pk))].join(",")}}`],
  );
  return experiments.map((e) => ({
    id: toGlobalId("Experiment", e.pk),
    title: e.title,
    people: people
      .filter((p) => p.experiment_pk === e.pk)
      .map((p) => ({
        role: p.role,
        person: {
          name: p.name,
          affiliations: affiliations
            .filter((a) => a.person_pk === p.pk)
            .map((a) => ({ position: a.position, institution: { name: a.name } })),
        },
      })),
  }));
}

/**
 * The operations; `walks` are the hops the walks' floors use: the graph in memory, as the server walks it while no
 * write comes (bench/floor-server.ts loads it), else SQL.
 */
export function operations(targets: BenchTargets, walks?: (sql: SqlRunner) => WalkHops): Operation[] {
  let typed = 0;
  const hopsOf = walks ?? sqlHops;
  return [
    {
      name: "experiment list (3 levels, 50 items)",
      description: "50 experiments -> their people -> those people's affiliations and institutions",
      query: LIST_QUERY,
      floor: (sql) => listFloor(sql),
    },
    {
      name: "experiment list, loaders off",
      description: "the same list with DataLoader batching switched off (one statement per load)",
      query: LIST_QUERY,
      floor: (sql) => listFloor(sql),
      unbatched: true,
    },
    {
      name: "institution page",
      description: "an institution with its region, parts, experiments and people",
      query: `query($slug: String!) { institution(slug: $slug) { name type city region { name } parts { name } experiments { role experiment { title kind } } affiliations { position person { name } } } }`,
      variables: () => ({ slug: targets.institutionSlug }),
      floor: async (sql, { slug }) => {
        const [institution] = await sql.raw(`select * from institution where slug = ?`, [slug]);
        const [region, parts, experiments, affiliations] = await Promise.all([
          sql.raw(`select name from region where pk = ?`, [institution.region_pk]),
          sql.raw(`select name from institution where part_of_pk = ? order by name, pk`, [institution.pk]),
          sql.raw(
            `select ei.role, e.title, e.kind from experiment_institution ei join experiment e on e.pk = ei.experiment_pk where ei.institution_pk = ? order by e.number nulls last, e.title, e.pk, ei.pk`,
            [institution.pk],
          ),
          sql.raw(
            `select a.position, p.name from affiliation a join person p on p.pk = a.person_pk where a.institution_pk = ? order by p.name, p.pk, a.pk`,
            [institution.pk],
          ),
        ]);
        return {
          name: institution.name,
          type: institution.type,
          city: institution.city,
          region: region[0] ?? null,
          parts,
          experiments,
          affiliations,
        };
      },
    },
    {
      name: "collaboration network of one region",
      description: "institutions of one region, weighted edges where they share experiments",
      query: `query($region: ID!) { collaborationNetwork(filter: { regionId: $region }) { totalEdgeCount nodes { id name } edges { weight source { id } target { id } } } }`,
      variables: () => ({ region: toGlobalId("Region", targets.regionPk) }),
      floor: async (sql) => {
        const edges = await sql.raw(
          `with participation as (select distinct ei.experiment_pk, ei.institution_pk from experiment_institution ei join experiment e on e.pk = ei.experiment_pk join institution i on i.pk = ei.institution_pk where i.region_pk = ?),
           pairs as (select a.institution_pk as source, b.institution_pk as target, count(*)::int as weight, (array_agg(a.experiment_pk order by a.experiment_pk))[1:20] as experiments
             from participation a join participation b on b.experiment_pk = a.experiment_pk and b.institution_pk > a.institution_pk group by 1, 2)
           select source, target, weight, count(*) over ()::int as total from pairs order by weight desc, source, target limit 500`,
          [targets.regionPk],
        );
        const pks = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
        const nodes = await sql.raw(`select pk, name from institution where pk = any(?::int[])`, [`{${pks.join(",")}}`]);
        return { totalEdgeCount: edges[0]?.total ?? 0, nodes, edges };
      },
    },
    {
      name: "neighbourhood, depth 2",
      description: "every node within two hops of an institution (at most 500), with the edges between them",
      query: `query($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { depth node { id } } edges { kind sourceId targetId } } }`,
      variables: () => ({ id: toGlobalId("Institution", targets.institutionPk) }),
      floor: async (sql) => {
        const start = { type: "Institution" as const, pk: targets.institutionPk };
        await fetchNodes(sql, [start]);
        const result = await neighbourhood(hopsOf(sql), start, 2, new Set(NODE_TYPE_NAMES), 500);
        return { truncated: result.truncated, nodes: await fetchNodes(sql, result.nodes), edges: result.edges };
      },
    },
    {
      name: "shortest path",
      description: "a shortest path between two institutions, at most 4 edges",
      query: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 4) { length nodes { id } edges { kind } } }`,
      variables: () => ({
        from: toGlobalId(targets.pathFrom.type, targets.pathFrom.pk),
        to: toGlobalId(targets.pathTo.type, targets.pathTo.pk),
      }),
      floor: async (sql) => {
        await fetchNodes(sql, [targets.pathFrom, targets.pathTo]);
        const path = await shortestPath(hopsOf(sql), targets.pathFrom, targets.pathTo, 4, new Set(NODE_TYPE_NAMES));
        return path && { length: path.edges.length, nodes: await fetchNodes(sql, path.nodes), edges: path.edges };
      },
    },
    {
      name: "search as the user types",
      description: `prefix search, cycling through ${TYPED.length} partial words ("pal", "pall", ...)`,
      query: `query($q: String!) { search(query: $q, first: 10) { totalCount nodes { snippet node { __typename ... on Experiment { id title } ... on Person { id name } ... on Institution { id name } ... on Specialty { id name } ... on Quote { id } } } } }`,
      variables: () => ({ q: TYPED[typed++ % TYPED.length] }),
      floor: async (sql, { q }) => {
        const page = await searchPage(sql, q, new Set<NodeTypeName>(["Experiment", "Person", "Institution", "Specialty", "Quote"]), {
          limit: 10,
          offset: 0,
        });
        return {
          totalCount: page.totalCount,
          nodes: await fetchNodes(
            sql,
            page.nodes.map((hit) => ({ type: hit.type, pk: hit.pk })),
          ),
        };
      },
    },
  ];
}

/** Picks the institution, region and path ends the operations use: mid-sized, present at any scale. */
export async function pickTargets(pool: Pool): Promise<BenchTargets> {
  const sql = createSqlRunner(pool, floorKnex);
  const [institution] = await sql.raw(
    `select i.pk, i.slug, i.region_pk from institution i join experiment_institution ei on ei.institution_pk = i.pk
      where i.slug like 'syn-institution-%' and i.type = 'GENERAL_HOSPITAL' group by i.pk having count(*) between 20 and 200 order by i.pk limit 1`,
  );
  const [other] = await sql.raw(
    `select i.pk from institution i join experiment_institution ei on ei.institution_pk = i.pk
      where i.slug like 'syn-institution-%' and i.pk <> ? and i.region_pk <> ? group by i.pk having count(*) between 5 and 50 order by i.pk desc limit 1`,
    [institution.pk, institution.region_pk],
  );
  return {
    institutionSlug: institution.slug,
    institutionPk: institution.pk,
    regionPk: institution.region_pk,
    pathFrom: { type: "Institution", pk: institution.pk },
    pathTo: { type: "Institution", pk: other.pk },
  };
}
