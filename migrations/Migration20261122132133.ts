import { Migration } from '@mikro-orm/migrations';

export class Migration20261122132133 extends Migration {

  override async up(): Promise<void> {
    // Dutch full-text search with accents removed before stemming, and trigram matching for typos.
    // unaccent() is not immutable, so the trigram indexes use an immutable wrapper with its dictionary spelled out.
    this.addSql(`create extension if not exists unaccent with schema public;`);
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    this.addSql(`create text search configuration ipo_dutch (copy = pg_catalog.dutch);`);
    this.addSql(`alter text search configuration ipo_dutch alter mapping for hword, hword_part, word with public.unaccent, dutch_stem;`);
    this.addSql(`create or replace function ipo_unaccent(text) returns text language sql immutable parallel safe strict as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`);

    this.addSql(`create index "institution_search_vector_index" on "institution" using gin ((setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("short_name", '')), 'A') || setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("city", '')), 'B')));`);
    this.addSql(`create index "institution_search_trigram_index" on "institution" using gin (ipo_unaccent(lower("name")) gin_trgm_ops);`);

    this.addSql(`create index "specialty_search_vector_index" on "specialty" using gin ((setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("practitioner_name", '')), 'A') || setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("name_en", '')), 'B')));`);
    this.addSql(`create index "specialty_search_trigram_index" on "specialty" using gin (ipo_unaccent(lower("name")) gin_trgm_ops);`);

    this.addSql(`create index "person_search_vector_index" on "person" using gin ((setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("profession_title", '')), 'B')));`);
    this.addSql(`create index "person_search_trigram_index" on "person" using gin (ipo_unaccent(lower("name")) gin_trgm_ops);`);

    this.addSql(`create index "experiment_search_vector_index" on "experiment" using gin ((setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("acronym", '')), 'A') || setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("subtitle", '')), 'B') || setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("summary", '')), 'C') || setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("care_theme", '')), 'C')));`);
    this.addSql(`create index "experiment_search_trigram_index" on "experiment" using gin (ipo_unaccent(lower("title")) gin_trgm_ops);`);

    this.addSql(`create index "quote_search_vector_index" on "quote" using gin ((setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("text", '')), 'B') || setweight(to_tsvector('ipo_dutch'::regconfig, coalesce("topic", '')), 'C')));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "experiment_search_vector_index";`);
    this.addSql(`drop index "experiment_search_trigram_index";`);

    this.addSql(`drop index "institution_search_vector_index";`);
    this.addSql(`drop index "institution_search_trigram_index";`);

    this.addSql(`drop index "person_search_vector_index";`);
    this.addSql(`drop index "person_search_trigram_index";`);

    this.addSql(`drop index "quote_search_vector_index";`);

    this.addSql(`drop index "specialty_search_vector_index";`);
    this.addSql(`drop index "specialty_search_trigram_index";`);
    this.addSql(`drop function ipo_unaccent(text);`);
    this.addSql(`drop text search configuration ipo_dutch;`);
  }

}
