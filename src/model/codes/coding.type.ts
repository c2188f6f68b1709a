import { Field, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description:
    "A code in a public code system (or in IPO Graph's own list), with the system's URI (`urn:oid:...`) and whether the code was confirmed from a public source.",
})
export class Coding {
  @Field({ description: "The code, e.g. `0335` or `01.015`." })
  code!: string;

  @Field({
    description: "URI of the code system: `urn:oid:<OID>` for a public system, e.g. `urn:oid:2.16.840.1.113883.2.4.6.7` (Vektis COD016).",
  })
  system!: string;

  @Field({ description: "Name of the code system, e.g. `Vektis COD016 specialismecodes`." })
  systemName!: string;

  @Field(() => String, { nullable: true, description: "What the code stands for, in the system's words where known." })
  display!: string | null;

  @Field({ description: "False when the code could not be confirmed from a public source: the best known, not a checked one." })
  verified!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "An identifier an organisation carries in a public register (URA, AGB)." })
export class Identifier {
  @Field({ description: "URI of the identifier scheme: `urn:oid:<OID>`, e.g. `urn:oid:2.16.528.1.1007.3.3` (URA)." })
  system!: string;

  @Field({ description: "Name of the scheme, e.g. `UZI-register abonneenummer (URA)`." })
  systemName!: string;

  @Field({ description: "The identifier, e.g. `12345678`." })
  value!: string;
}
