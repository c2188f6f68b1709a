import type { AppContext } from "../../request/context";
import { userError } from "../../platform/errors";
import { type Row } from "../../catalogue/table";
import { decodeGlobalId } from "../../catalogue/global-id";
import type { LookupArgs } from "./lookup.args";
import { type NodeTypeName } from "../../catalogue/node-types";
import { type EntityClass } from "../../catalogue/catalogue.types";

/** `x(id:, slug:)` lookups: exactly one of the two; an unknown but well-formed id or slug gives null. */
export function lookup(ctx: AppContext, entity: EntityClass, type: NodeTypeName, { id, slug }: LookupArgs): Promise<Row | null> {
  if ((id == null) === (slug == null)) {
    throw userError(`Give exactly one of \`id\` or \`slug\` to look up a ${type}.`, { argumentName: id == null ? "id" : "slug" });
  }
  if (id != null) return ctx.loaders.node(entity).load(decodeGlobalId(id, type).pk);
  // slugs are lower-case words joined by dashes: anything else cannot name a node, so it is not looked up
  if (!/^[a-z0-9][a-z0-9-]{0,119}$/.test(slug!)) return Promise.resolve(null);
  return ctx.loaders.slug(entity).load(slug!);
}
