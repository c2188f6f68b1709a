import archiver from "archiver";
import { stringify } from "csv-stringify/sync";
import { Readable, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { mayRead } from "../../model/personal-data";
import type { Viewer } from "../../model/viewer";
import { DERIVED_FIELDS } from "../../catalogue/derived-fields";
import { nodeTypeOf } from "../../catalogue/node-types";
import type { ContextFactoryDeps } from "../../request/context";
import { viewedEntities } from "../../catalogue/entities";
import { iriOf } from "../linked-data/iri";
import { PROVENANCE_PROPERTIES } from "../../model/provenance/provenance-columns";
import { entityMetadata } from "../../catalogue/entity-metadata";
import { visibleRowBatches } from "./visible-rows";
import { selectionOf } from "./export-selection";
import type { NetworkFilter } from "../graph/network-filter.input";
import { type EntityClass } from "../../catalogue/catalogue.types";

const provenanceField = DERIVED_FIELDS.find((field) => field.name === "provenance")!;

/** `Institution` -> `institution.csv`, `ExperimentInstitution` -> `experiment-institution.csv`. */
function fileName(entity: EntityClass): string {
  return `${entity.name.replace(/(?<!^)([A-Z])/g, "-$1").toLowerCase()}.csv`;
}

/**
 * One table's CSV, batch by batch: `iri` for node types, every column the viewer may read (a reference as
 * the IRI of the node it names), and the row's provenance. References are looked up through the batch's
 * loaders, one statement per batch and referenced type.
 */
async function* tableCsv(
  deps: ContextFactoryDeps,
  viewer: Viewer,
  entity: EntityClass,
  filter: NetworkFilter | null,
): AsyncGenerator<string> {
  const baseUrl = deps.links.baseUrl;
  const type = nodeTypeOf(entity as new () => object);
  const references = entityMetadata()
    .get(entity.name)
    .props.filter((prop) => prop.kind === "m:1")
    .map((prop) => ({
      name: prop.name,
      target: prop.targetMeta!.class as EntityClass,
      type: nodeTypeOf(prop.targetMeta!.class as new () => object),
    }));
  const own = deps.tables
    .of(entity)
    .columns.filter(
      (column) =>
        column.alias === column.property &&
        !["pk", "version"].includes(column.property) &&
        !(Object.values(PROVENANCE_PROPERTIES) as string[]).includes(column.property) &&
        mayRead(viewer, entity.name, column.property),
    );
  const columns = [
    ...(type ? ["iri"] : []),
    ...own.map((column) => column.property),
    ...references.map((reference) => reference.name),
    "provenance",
    "statedIn",
    "inferredBecause",
  ];
  let header = true;
  const where = filter ? selectionOf(entity, filter, deps.tables) : undefined;
  // a table the filter's selection does not reach is an empty file, with its header
  const batches = where === null ? [] : visibleRowBatches(deps, viewer, entity, where);
  for await (const { ctx, rows } of batches) {
    const targets = await Promise.all(
      references.map((reference) =>
        ctx.loaders
          .node(reference.target)
          .loadMany(rows.flatMap((row) => (row[`${reference.name}Pk`] == null ? [] : [row[`${reference.name}Pk`] as number]))),
      ),
    );
    const slugs = targets.map(
      (found) =>
        new Map(
          found.flatMap((target) => (target && !(target instanceof Error) ? [[target.pk as number, String(target.slug)] as const] : [])),
        ),
    );
    const records = rows.map((row) => {
      const provenance = provenanceField.resolve(row) as { kind: string; statedIn: { key: string } | null; inferredBecause: string | null };
      return [
        ...(type ? [iriOf(baseUrl, type, String(row.slug))] : []),
        ...own.map((column) =>
          Array.isArray(row[column.property]) ? (row[column.property] as unknown[]).join("; ") : row[column.property],
        ),
        ...references.map((reference, index) => {
          const slug = slugs[index]!.get(row[`${reference.name}Pk`] as number);
          return slug && reference.type ? iriOf(baseUrl, reference.type, slug) : null;
        }),
        provenance.kind,
        provenance.statedIn?.key ?? null,
        provenance.inferredBecause,
      ];
    });
    yield stringify(records, { header, columns });
    header = false;
  }
  if (header) yield stringify([], { header: true, columns });
}

/** Every table readers see as a CSV file (nodes and edges), in one zip, written as it is read. */
export async function writeCsvZip(
  out: Writable,
  deps: ContextFactoryDeps,
  viewer: Viewer,
  filter: NetworkFilter | null = null,
): Promise<void> {
  const zip = archiver("zip", { zlib: { level: 6 } });
  zip.pipe(out, { end: false });
  for (const entity of viewedEntities) {
    const file = Readable.from(tableCsv(deps, viewer, entity, filter));
    zip.append(file, { name: fileName(entity) });
    // one table at a time: the next one is read only when this one is in the zip
    await finished(file);
  }
  await zip.finalize();
}
