import escapeXml from "escape-html";
import type { Writable } from "node:stream";
import { writeWithBackpressure } from "../../platform/write-with-backpressure";
import QueryStream from "pg-query-stream";
import type { Viewer } from "../../model/viewer";
import type { ContextFactoryDeps } from "../../request/context";
import { visibilityOf } from "../../database/read-pools";
import type { NetworkFilter } from "../graph/network-filter.input";
import { participationCte } from "../graph/participation.sql";
import { iriOf } from "../linked-data/iri";

export type NetworkFormat = "gexf" | "graphml";

export const NETWORK_MEDIA_TYPES: Record<NetworkFormat, string> = { gexf: "application/gexf+xml", graphml: "application/graphml+xml" };

/** The attributes every node of an exported network has, declared once for both formats. */
const NODE_ATTRIBUTES = [
  { key: "name", type: "string" },
  { key: "shortName", type: "string" },
  { key: "type", type: "string" },
  { key: "region", type: "string" },
  { key: "city", type: "string" },
  { key: "experiments", type: "integer" },
  { key: "degree", type: "integer" },
] as const;

type NodeRow = {
  slug: string;
  name: string;
  shortName: string | null;
  type: string;
  region: string | null;
  city: string | null;
  experiments: number;
  degree: number;
};
type EdgeRow = { source: string; target: string; weight: number };

const value = (text: unknown) => escapeXml(String(text ?? ""));

/** A cursor that node-postgres gives up on after the export's bound, not the request's (`query_timeout`, read from the query itself). */
function cursor(sql: string, bindings: unknown[], batchSize: number, maxSeconds: number): QueryStream {
  return Object.assign(new QueryStream(sql, bindings, { batchSize }), { query_timeout: maxSeconds * 1000 + 2_000 });
}

const FORMATS = {
  gexf: {
    head: (description: string) => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>IPO Graph</creator><description>${value(description)}</description></meta>
  <graph mode="static" defaultedgetype="undirected">
    <attributes class="node">
${NODE_ATTRIBUTES.map((attribute, index) => `      <attribute id="${index}" title="${attribute.key}" type="${attribute.type}"/>`).join("\n")}
    </attributes>
    <nodes>
`,
    node: (id: string, row: NodeRow) =>
      `      <node id="${value(id)}" label="${value(row.shortName ?? row.name)}"><attvalues>${NODE_ATTRIBUTES.map((attribute, index) => (row[attribute.key] == null ? "" : `<attvalue for="${index}" value="${value(row[attribute.key])}"/>`)).join("")}</attvalues></node>\n`,
    between: "    </nodes>\n    <edges>\n",
    edge: (n: number, source: string, target: string, weight: number) =>
      `      <edge id="e${n}" source="${value(source)}" target="${value(target)}" weight="${weight}"/>\n`,
    tail: "    </edges>\n  </graph>\n</gexf>\n",
  },
  graphml: {
    head: (description: string) => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <desc>${value(description)}</desc>
${NODE_ATTRIBUTES.map((attribute) => `  <key id="${attribute.key}" for="node" attr.name="${attribute.key}" attr.type="${attribute.type === "integer" ? "int" : "string"}"/>`).join("\n")}
  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
  <graph id="collaboration" edgedefault="undirected">
`,
    node: (id: string, row: NodeRow) =>
      `    <node id="${value(id)}">${NODE_ATTRIBUTES.map((attribute) => (row[attribute.key] == null ? "" : `<data key="${attribute.key}">${value(row[attribute.key])}</data>`)).join("")}</node>\n`,
    between: "",
    edge: (_n: number, source: string, target: string, weight: number) =>
      `    <edge source="${value(source)}" target="${value(target)}"><data key="weight">${weight}</data></edge>\n`,
    tail: "  </graph>\n</graphml>\n",
  },
} as const;

/**
 * The collaboration network as GEXF or GraphML (Gephi, yEd, NetworkX): the institutions that take part in
 * an experiment the filter counts, with their attributes, and an edge, weighted by the experiments they
 * share, between every two that share one. Node ids are the institutions' IRIs. Rows are streamed from
 * PostgreSQL with a cursor (pg-query-stream) on a read connection of the viewer's visibility, so memory
 * does not grow with the network (in the export's snapshot, see snapshot.ts).
 */
export async function writeCollaborationNetwork(
  out: Writable,
  format: NetworkFormat,
  deps: ContextFactoryDeps,
  viewer: Viewer,
  filter: NetworkFilter | null,
  minWeight = 1,
  maxSeconds = 900,
): Promise<{ nodes: number; edges: number }> {
  const writer = FORMATS[format];
  const knex = deps.orm.em.getKnex();
  const participation = participationCte(filter);
  const nodesSql = knex
    .raw(
      `with ${participation.sql},
       partners as (select a."institution_pk" as pk, count(distinct b."institution_pk")::int as degree from participation a join participation b on b."experiment_pk" = a."experiment_pk" and b."institution_pk" <> a."institution_pk" group by 1),
       taking_part as (select "institution_pk" as pk, count(*)::int as experiments from participation group by 1)
       select i."slug", i."name", i."short_name" as "shortName", i."type", r."name" as region, i."city", t.experiments, coalesce(p.degree, 0) as degree
         from taking_part t join "institution" i on i."pk" = t.pk left join "region" r on r."pk" = i."region_pk" left join partners p on p.pk = t.pk
        order by i."pk"`,
      participation.params as never,
    )
    .toSQL()
    .toNative();
  const edgesSql = knex
    .raw(
      `with ${participation.sql}
       select s."slug" as source, t."slug" as target, count(*)::int as weight
         from participation a
         join participation b on b."experiment_pk" = a."experiment_pk" and b."institution_pk" > a."institution_pk"
         join "institution" s on s."pk" = a."institution_pk" join "institution" t on t."pk" = b."institution_pk"
        group by a."institution_pk", b."institution_pk", s."slug", t."slug" having count(*) >= ? order by a."institution_pk", b."institution_pk"`,
      [...participation.params, minWeight] as never,
    )
    .toSQL()
    .toNative();
  const baseUrl = deps.links.baseUrl;
  const id = (slug: string) => iriOf(baseUrl, "Institution", slug);
  const client = await deps.readPools.of(visibilityOf(viewer)).connect();
  let nodes = 0;
  let edges = 0;
  try {
    await writeWithBackpressure(
      out,
      writer.head(
        `Collaboration network of IPO Graph: institutions, weighted by shared experiments${filter ? ` (filter ${JSON.stringify(filter)})` : ""}.`,
      ),
    );
    for await (const row of client.query(cursor(nodesSql.sql, nodesSql.bindings as unknown[], 500, maxSeconds)) as AsyncIterable<NodeRow>) {
      nodes += 1;
      await writeWithBackpressure(out, writer.node(id(row.slug), row));
    }
    await writeWithBackpressure(out, writer.between);
    for await (const row of client.query(
      cursor(edgesSql.sql, edgesSql.bindings as unknown[], 1000, maxSeconds),
    ) as AsyncIterable<EdgeRow>) {
      edges += 1;
      await writeWithBackpressure(out, writer.edge(edges, id(row.source), id(row.target), row.weight));
    }
    await writeWithBackpressure(out, writer.tail);
  } finally {
    client.release();
  }
  return { nodes, edges };
}
