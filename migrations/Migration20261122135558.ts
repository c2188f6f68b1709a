import { Migration } from '@mikro-orm/migrations';

export class Migration20261122135558 extends Migration {

  override async up(): Promise<void> {
    // Dutch full-text search with accents removed before stemming, and trigram matching for typos.
    // unaccent() is not immutable, so the trigram indexes use an immutable wrapper with its dictionary spelled out.
    this.addSql(`create extension if not exists unaccent with schema public;`);
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    this.addSql(`create text search configuration ipo_dutch (copy = pg_catalog.dutch);`);
    this.addSql(`alter text search configuration ipo_dutch alter mapping for hword, hword_part, word with public.unaccent, dutch_stem;`);
    this.addSql(`create or replace function ipo_unaccent(text) returns text language sql immutable parallel safe strict as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`);

    this.addSql(`alter table "institution" add column "search_vector" tsvector generated always as ((setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(name, ''::character varying))::text), 'A'::"char") || setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(short_name, ''::character varying))::text), 'A'::"char")) || setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(city, ''::character varying))::text), 'B'::"char")) stored null;`);
    this.addSql(`create index "institution_name_pk_index" on "institution" ("name", "pk");`);
    this.addSql(`create index "institution_search_vector_index" on "institution" using gin ("search_vector") with (fastupdate = off);`);
    this.addSql(`create index "institution_search_trigram_index" on "institution" using gin (ipo_unaccent(lower("name")) gin_trgm_ops) with (fastupdate = off);`);

    this.addSql(`alter table "specialty" add column "search_vector" tsvector generated always as ((setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(name, ''::character varying))::text), 'A'::"char") || setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(practitioner_name, ''::character varying))::text), 'A'::"char")) || setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(name_en, ''::character varying))::text), 'B'::"char")) stored null;`);
    this.addSql(`create index "specialty_search_vector_index" on "specialty" using gin ("search_vector") with (fastupdate = off);`);
    this.addSql(`create index "specialty_search_trigram_index" on "specialty" using gin (ipo_unaccent(lower("name")) gin_trgm_ops) with (fastupdate = off);`);

    this.addSql(`alter table "person" add column "search_vector" tsvector generated always as (setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(name, ''::character varying))::text), 'A'::"char") || setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(profession_title, ''::character varying))::text), 'B'::"char")) stored null;`);
    this.addSql(`create index "person_name_pk_index" on "person" ("name", "pk");`);
    this.addSql(`create index "person_search_vector_index" on "person" using gin ("search_vector") with (fastupdate = off);`);
    this.addSql(`create index "person_search_trigram_index" on "person" using gin (ipo_unaccent(lower("name")) gin_trgm_ops) with (fastupdate = off);`);

    this.addSql(`alter table "experiment" add column "search_vector" tsvector generated always as ((((setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(title, ''::character varying))::text), 'A'::"char") || setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(acronym, ''::character varying))::text), 'A'::"char")) || setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(subtitle, ''::character varying))::text), 'B'::"char")) || setweight(to_tsvector('ipo_dutch'::regconfig, COALESCE(summary, ''::text)), 'C'::"char")) || setweight(to_tsvector('ipo_dutch'::regconfig, COALESCE(care_theme, ''::text)), 'C'::"char")) stored null;`);
    this.addSql(`create index "experiment_list_order_index" on "experiment" ("number" asc nulls last, "title" asc, "pk" asc);`);
    this.addSql(`create index "experiment_search_vector_index" on "experiment" using gin ("search_vector") with (fastupdate = off);`);
    this.addSql(`create index "experiment_search_trigram_index" on "experiment" using gin (ipo_unaccent(lower("title")) gin_trgm_ops) with (fastupdate = off);`);

    this.addSql(`alter table "quote" add column "search_vector" tsvector generated always as (setweight(to_tsvector('ipo_dutch'::regconfig, COALESCE(text, ''::text)), 'B'::"char") || setweight(to_tsvector('ipo_dutch'::regconfig, (COALESCE(topic, ''::character varying))::text), 'C'::"char")) stored null;`);
    this.addSql(`create index "quote_search_vector_index" on "quote" using gin ("search_vector") with (fastupdate = off);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "experiment_list_order_index";`);
    this.addSql(`drop index "experiment_search_vector_index";`);
    this.addSql(`drop index "experiment_search_trigram_index";`);
    this.addSql(`alter table "experiment" drop column "search_vector";`);

    this.addSql(`drop index "institution_name_pk_index";`);
    this.addSql(`drop index "institution_search_vector_index";`);
    this.addSql(`drop index "institution_search_trigram_index";`);
    this.addSql(`alter table "institution" drop column "search_vector";`);

    this.addSql(`drop index "person_name_pk_index";`);
    this.addSql(`drop index "person_search_vector_index";`);
    this.addSql(`drop index "person_search_trigram_index";`);
    this.addSql(`alter table "person" drop column "search_vector";`);

    this.addSql(`drop index "quote_search_vector_index";`);
    this.addSql(`alter table "quote" drop column "search_vector";`);

    this.addSql(`drop index "specialty_search_vector_index";`);
    this.addSql(`drop index "specialty_search_trigram_index";`);
    this.addSql(`alter table "specialty" drop column "search_vector";`);
    this.addSql(`drop function ipo_unaccent(text);`);
    this.addSql(`drop text search configuration ipo_dutch;`);
  }

}
