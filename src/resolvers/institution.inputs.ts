import { Field, ID, InputType } from "type-graphql";
import { InstitutionType } from "../entities/institution.entity";

@InputType({ description: "A new institution." })
export class CreateInstitutionInput {
  @Field({ description: "Unique slug: lower-case letters, digits and dashes (e.g. `ziekenhuis-amstelland`)." })
  slug!: string;

  @Field({ description: "Full name, 1 to 200 characters." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Short name, at most 60 characters." })
  shortName?: string | null;

  @Field(() => InstitutionType, { description: "What kind of organisation it is." })
  type!: InstitutionType;

  @Field(() => ID, { nullable: true, description: "The institution it is part of." })
  partOfId?: string | null;

  @Field(() => ID, { nullable: true, description: "Its training region." })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: "City, at most 100 characters." })
  city?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail domain of its staff, e.g. `lumc.nl`." })
  emailDomain?: string | null;

  @Field(() => String, { nullable: true, description: "Notes, at most 5,000 characters." })
  description?: string | null;
}

@InputType({ description: "Changes to an institution; fields left out stay as they are, null clears an optional field." })
export class UpdateInstitutionInput {
  @Field(() => String, { nullable: true, description: "New slug." })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: "New full name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New short name; null clears it." })
  shortName?: string | null;

  @Field(() => InstitutionType, { nullable: true, description: "New type." })
  type?: InstitutionType | null;

  @Field(() => ID, { nullable: true, description: "New parent institution; null makes it top-level." })
  partOfId?: string | null;

  @Field(() => ID, { nullable: true, description: "New region; null clears it." })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: "New city; null clears it." })
  city?: string | null;

  @Field(() => String, { nullable: true, description: "New e-mail domain; null clears it." })
  emailDomain?: string | null;

  @Field(() => String, { nullable: true, description: "New notes; null clears them." })
  description?: string | null;
}
