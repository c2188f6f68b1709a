import type { AppContext } from "../context";
import { Institution } from "../entities/institution.entity";
import { Region } from "../entities/region.entity";
import { Problems } from "../mutations/problems";
import { tryDecodeGlobalId, type NodeTypeName } from "../relay/global-id";
import type { CreateInstitutionInput, UpdateInstitutionInput } from "./institution.inputs";

/** The relations an institution write sets, for the audit trail. */
export const INSTITUTION_RELATIONS: Partial<Record<string, NodeTypeName>> = { partOf: "Institution", region: "Region" };

/**
 * Checks an institution input and turns it into entity values: every problem at once, per field.
 * `pk` is the institution being updated (undefined when creating).
 */
export async function institutionValues(ctx: AppContext, input: CreateInstitutionInput | UpdateInstitutionInput, pk?: number): Promise<Record<string, unknown>> {
  const problems = new Problems();
  const creating = pk === undefined;
  problems.slug("slug", input.slug);
  problems.text("name", input.name, 200, { required: creating });
  if (!creating && input.name === null) problems.add("name", "may not be null");
  if (!creating && input.slug === null) problems.add("slug", "may not be null");
  problems.text("shortName", input.shortName, 60);
  problems.text("city", input.city, 100);
  problems.text("description", input.description, 5000);
  if (input.emailDomain != null && !/^(?=.{3,100}$)[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(input.emailDomain)) problems.add("emailDomain", "must be a domain name such as `lumc.nl`");
  if (input.slug) {
    const existing = await ctx.loaders.slug(Institution).load(input.slug).catch(() => null);
    if (existing && existing.pk !== pk) problems.add("slug", "is taken");
  }
  const reference = async (field: string, id: string | null | undefined, type: NodeTypeName, entity: typeof Institution | typeof Region) => {
    if (id == null) return id;
    const decoded = tryDecodeGlobalId(id);
    if (!decoded || decoded.type !== type) return problems.add(field, `must be the id of a ${type}`);
    if (!(await ctx.loaders.node(entity).load(decoded.pk))) return problems.add(field, `names no existing ${type}`);
    if (field === "partOfId" && decoded.pk === pk) return problems.add(field, "may not be the institution itself");
    return decoded.pk;
  };
  const partOf = await reference("partOfId", input.partOfId, "Institution", Institution);
  const region = await reference("regionId", input.regionId, "Region", Region);
  problems.throwIfAny();

  const values: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) values[key] = value;
  };
  set("slug", input.slug ?? undefined);
  set("name", input.name ?? undefined);
  set("type", input.type ?? undefined);
  set("shortName", input.shortName);
  set("city", input.city);
  set("emailDomain", input.emailDomain);
  set("description", input.description);
  set("partOf", partOf);
  set("region", region);
  if (creating) for (const key of ["shortName", "city", "emailDomain", "description", "partOf", "region"]) values[key] ??= null;
  return values;
}
