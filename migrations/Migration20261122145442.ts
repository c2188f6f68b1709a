import { Migration } from "@mikro-orm/migrations";

/**
 * Visibility as schemas of views: `ipo_published` shows what readers and members may see, `ipo_editor`
 * what editors see. Reads run with `search_path` set to one of them (then `public`), so every read path
 * (loaders, lists, graph walks, search, statistics, _entities) sees only visible rows without a filter of
 * its own. A node is visible when its state is, and so is every node it cannot exist without (a quote's
 * experiment and person, an activity's experiment); an edge when both its ends are.
 *
 * `select *` is expanded when a view is created: a later migration that adds columns to one of these
 * tables must create the views again (a test compares every view's columns with its table's).
 *
 * Frozen: the statements below are what the generator (src/database/visibility.ts) wrote when this
 * migration was made; a later change of the rules gets a migration of its own (`npm run migration:views`).
 */
const STATEMENTS: string[] = [
  "create schema if not exists \"ipo_published\";",
  "create or replace view \"ipo_published\".\"region\" as select t.* from \"public\".\"region\" t where t.\"state\" in ('PUBLISHED');",
  "create or replace view \"ipo_published\".\"specialty\" as select t.* from \"public\".\"specialty\" t where t.\"state\" in ('PUBLISHED');",
  "create or replace view \"ipo_published\".\"institution\" as select t.* from \"public\".\"institution\" t where t.\"state\" in ('PUBLISHED');",
  "create or replace view \"ipo_published\".\"person\" as select t.* from \"public\".\"person\" t where t.\"state\" in ('PUBLISHED');",
  "create or replace view \"ipo_published\".\"care_transition\" as select t.* from \"public\".\"care_transition\" t where t.\"state\" in ('PUBLISHED');",
  "create or replace view \"ipo_published\".\"programme\" as select t.* from \"public\".\"programme\" t where t.\"state\" in ('PUBLISHED') and exists (select 1 from \"ipo_published\".\"institution\" v where v.\"pk\" = t.\"owner_pk\");",
  "create or replace view \"ipo_published\".\"experiment\" as select t.* from \"public\".\"experiment\" t where t.\"state\" in ('PUBLISHED');",
  "create or replace view \"ipo_published\".\"learning_activity\" as select t.* from \"public\".\"learning_activity\" t where t.\"state\" in ('PUBLISHED') and exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\");",
  "create or replace view \"ipo_published\".\"deliverable\" as select t.* from \"public\".\"deliverable\" t where t.\"state\" in ('PUBLISHED') and (t.\"experiment_pk\" is null or exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\")) and (t.\"programme_pk\" is null or exists (select 1 from \"ipo_published\".\"programme\" v where v.\"pk\" = t.\"programme_pk\"));",
  "create or replace view \"ipo_published\".\"factor\" as select t.* from \"public\".\"factor\" t where t.\"state\" in ('PUBLISHED') and (t.\"experiment_pk\" is null or exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\")) and (t.\"programme_pk\" is null or exists (select 1 from \"ipo_published\".\"programme\" v where v.\"pk\" = t.\"programme_pk\"));",
  "create or replace view \"ipo_published\".\"quote\" as select t.* from \"public\".\"quote\" t where t.\"state\" in ('PUBLISHED') and exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_published\".\"person\" v where v.\"pk\" = t.\"person_pk\");",
  "create or replace view \"ipo_published\".\"reference\" as select t.* from \"public\".\"reference\" t where (t.\"experiment_pk\" is null or exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\")) and (t.\"programme_pk\" is null or exists (select 1 from \"ipo_published\".\"programme\" v where v.\"pk\" = t.\"programme_pk\"));",
  "create or replace view \"ipo_published\".\"affiliation\" as select t.* from \"public\".\"affiliation\" t where exists (select 1 from \"ipo_published\".\"person\" v where v.\"pk\" = t.\"person_pk\") and exists (select 1 from \"ipo_published\".\"institution\" v where v.\"pk\" = t.\"institution_pk\");",
  "create or replace view \"ipo_published\".\"experiment_institution\" as select t.* from \"public\".\"experiment_institution\" t where exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_published\".\"institution\" v where v.\"pk\" = t.\"institution_pk\");",
  "create or replace view \"ipo_published\".\"experiment_person\" as select t.* from \"public\".\"experiment_person\" t where exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_published\".\"person\" v where v.\"pk\" = t.\"person_pk\");",
  "create or replace view \"ipo_published\".\"experiment_specialty\" as select t.* from \"public\".\"experiment_specialty\" t where exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_published\".\"specialty\" v where v.\"pk\" = t.\"specialty_pk\");",
  "create or replace view \"ipo_published\".\"experiment_relation\" as select t.* from \"public\".\"experiment_relation\" t where exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"related_experiment_pk\");",
  "create or replace view \"ipo_published\".\"experiment_care_transition\" as select t.* from \"public\".\"experiment_care_transition\" t where exists (select 1 from \"ipo_published\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_published\".\"care_transition\" v where v.\"pk\" = t.\"care_transition_pk\");",
  "create or replace view \"ipo_published\".\"submission\" as select t.* from \"public\".\"submission\" t where false;",
  "create or replace view \"ipo_published\".\"audit_event\" as select t.* from \"public\".\"audit_event\" t where false;",
  "create schema if not exists \"ipo_editor\";",
  "create or replace view \"ipo_editor\".\"region\" as select t.* from \"public\".\"region\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED');",
  "create or replace view \"ipo_editor\".\"specialty\" as select t.* from \"public\".\"specialty\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED');",
  "create or replace view \"ipo_editor\".\"institution\" as select t.* from \"public\".\"institution\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED');",
  "create or replace view \"ipo_editor\".\"person\" as select t.* from \"public\".\"person\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED');",
  "create or replace view \"ipo_editor\".\"care_transition\" as select t.* from \"public\".\"care_transition\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED');",
  "create or replace view \"ipo_editor\".\"programme\" as select t.* from \"public\".\"programme\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED') and exists (select 1 from \"ipo_editor\".\"institution\" v where v.\"pk\" = t.\"owner_pk\");",
  "create or replace view \"ipo_editor\".\"experiment\" as select t.* from \"public\".\"experiment\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED');",
  "create or replace view \"ipo_editor\".\"learning_activity\" as select t.* from \"public\".\"learning_activity\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED') and exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\");",
  "create or replace view \"ipo_editor\".\"deliverable\" as select t.* from \"public\".\"deliverable\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED') and (t.\"experiment_pk\" is null or exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\")) and (t.\"programme_pk\" is null or exists (select 1 from \"ipo_editor\".\"programme\" v where v.\"pk\" = t.\"programme_pk\"));",
  "create or replace view \"ipo_editor\".\"factor\" as select t.* from \"public\".\"factor\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED') and (t.\"experiment_pk\" is null or exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\")) and (t.\"programme_pk\" is null or exists (select 1 from \"ipo_editor\".\"programme\" v where v.\"pk\" = t.\"programme_pk\"));",
  "create or replace view \"ipo_editor\".\"quote\" as select t.* from \"public\".\"quote\" t where t.\"state\" in ('PUBLISHED', 'SUBMITTED') and exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_editor\".\"person\" v where v.\"pk\" = t.\"person_pk\");",
  "create or replace view \"ipo_editor\".\"reference\" as select t.* from \"public\".\"reference\" t where (t.\"experiment_pk\" is null or exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\")) and (t.\"programme_pk\" is null or exists (select 1 from \"ipo_editor\".\"programme\" v where v.\"pk\" = t.\"programme_pk\"));",
  "create or replace view \"ipo_editor\".\"affiliation\" as select t.* from \"public\".\"affiliation\" t where exists (select 1 from \"ipo_editor\".\"person\" v where v.\"pk\" = t.\"person_pk\") and exists (select 1 from \"ipo_editor\".\"institution\" v where v.\"pk\" = t.\"institution_pk\");",
  "create or replace view \"ipo_editor\".\"experiment_institution\" as select t.* from \"public\".\"experiment_institution\" t where exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_editor\".\"institution\" v where v.\"pk\" = t.\"institution_pk\");",
  "create or replace view \"ipo_editor\".\"experiment_person\" as select t.* from \"public\".\"experiment_person\" t where exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_editor\".\"person\" v where v.\"pk\" = t.\"person_pk\");",
  "create or replace view \"ipo_editor\".\"experiment_specialty\" as select t.* from \"public\".\"experiment_specialty\" t where exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_editor\".\"specialty\" v where v.\"pk\" = t.\"specialty_pk\");",
  "create or replace view \"ipo_editor\".\"experiment_relation\" as select t.* from \"public\".\"experiment_relation\" t where exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"related_experiment_pk\");",
  "create or replace view \"ipo_editor\".\"experiment_care_transition\" as select t.* from \"public\".\"experiment_care_transition\" t where exists (select 1 from \"ipo_editor\".\"experiment\" v where v.\"pk\" = t.\"experiment_pk\") and exists (select 1 from \"ipo_editor\".\"care_transition\" v where v.\"pk\" = t.\"care_transition_pk\");",
  "create or replace view \"ipo_editor\".\"submission\" as select t.* from \"public\".\"submission\" t;",
  "create or replace view \"ipo_editor\".\"audit_event\" as select t.* from \"public\".\"audit_event\" t;",
];

export class Migration20261122145442 extends Migration {
  override async up(): Promise<void> {
    for (const statement of STATEMENTS) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const schema of ["ipo_published", "ipo_editor"]) this.addSql(`drop schema if exists "${schema}" cascade;`);
  }
}
