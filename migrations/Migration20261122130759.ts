import { Migration } from '@mikro-orm/migrations';

export class Migration20261122130759 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "care_transition" ("pk" serial primary key, "slug" varchar(120) not null, "kind" text check ("kind" in ('REFERRAL', 'BACK_REFERRAL', 'DISCHARGE', 'HANDOVER', 'CONSULTATION')) not null, "from_setting" text check ("from_setting" in ('HOME', 'PRIMARY_CARE', 'EMERGENCY_DEPARTMENT', 'HOSPITAL', 'NURSING_HOME', 'MENTAL_HEALTH', 'PUBLIC_HEALTH')) not null, "to_setting" text check ("to_setting" in ('HOME', 'PRIMARY_CARE', 'EMERGENCY_DEPARTMENT', 'HOSPITAL', 'NURSING_HOME', 'MENTAL_HEALTH', 'PUBLIC_HEALTH')) not null, "name" varchar(200) not null);`);
    this.addSql(`alter table "care_transition" add constraint "care_transition_slug_unique" unique ("slug");`);
    this.addSql(`alter table "care_transition" add constraint "care_transition_kind_from_setting_to_setting_unique" unique ("kind", "from_setting", "to_setting");`);

    this.addSql(`create table "region" ("pk" serial primary key, "slug" varchar(120) not null, "name" varchar(200) not null, "short_name" varchar(40) null, "description" text null);`);
    this.addSql(`alter table "region" add constraint "region_slug_unique" unique ("slug");`);

    this.addSql(`create table "institution" ("pk" serial primary key, "slug" varchar(120) not null, "name" varchar(200) not null, "short_name" varchar(60) null, "type" text check ("type" in ('UMC', 'UMC_LOCATION', 'GENERAL_HOSPITAL', 'HOSPITAL_DEPARTMENT', 'ELDERLY_CARE_ORGANISATION', 'GP_TRAINING_INSTITUTE', 'ACADEMY', 'RESEARCH_GROUP', 'CARE_NETWORK', 'PROFESSIONAL_BODY', 'COMPANY')) not null, "part_of_pk" int null, "region_pk" int null, "city" varchar(100) null, "email_domain" varchar(100) null, "description" text null);`);
    this.addSql(`alter table "institution" add constraint "institution_slug_unique" unique ("slug");`);
    this.addSql(`create index "institution_part_of_pk_index" on "institution" ("part_of_pk");`);
    this.addSql(`create index "institution_region_pk_index" on "institution" ("region_pk");`);

    this.addSql(`create table "specialty" ("pk" serial primary key, "slug" varchar(120) not null, "name" varchar(200) not null, "name_en" varchar(200) not null, "practitioner_name" varchar(200) not null, "category" text check ("category" in ('MEDICAL_SPECIALTY', 'GENERAL_PRACTICE', 'ELDERLY_CARE_MEDICINE', 'HOSPITAL_MEDICINE', 'NURSING', 'ALLIED_HEALTH', 'BEHAVIOURAL_SCIENCE', 'EDUCATION')) not null, "code" varchar(20) not null, "code_system" text check ("code_system" in ('VEKTIS_COD016', 'LOCAL')) not null);`);
    this.addSql(`alter table "specialty" add constraint "specialty_slug_unique" unique ("slug");`);

    this.addSql(`create table "person" ("pk" serial primary key, "slug" varchar(120) not null, "name" varchar(200) not null, "profession_title" varchar(300) null, "profession_pk" int null, "email" varchar(254) null);`);
    this.addSql(`alter table "person" add constraint "person_slug_unique" unique ("slug");`);
    this.addSql(`create index "person_profession_pk_index" on "person" ("profession_pk");`);

    this.addSql(`create table "programme" ("pk" serial primary key, "slug" varchar(120) not null, "name" varchar(200) not null, "owner_pk" int not null, "contact_pk" int null, "summary" text not null, "aims" text[] not null, "minimum_specialties_per_experiment" int null, "lessons_learned_due" varchar(100) null, "lessons_learned_due_date" date null);`);
    this.addSql(`alter table "programme" add constraint "programme_slug_unique" unique ("slug");`);
    this.addSql(`create index "programme_owner_pk_index" on "programme" ("owner_pk");`);
    this.addSql(`create index "programme_contact_pk_index" on "programme" ("contact_pk");`);

    this.addSql(`create table "experiment" ("pk" serial primary key, "slug" varchar(120) not null, "programme_pk" int null, "kind" text check ("kind" in ('EXPERIMENT', 'INITIATIVE')) not null, "number" int null, "acronym" varchar(40) null, "title" varchar(300) not null, "subtitle" varchar(300) null, "summary" text null, "care_theme" text null, "patient_group" text null, "domains" text[] not null, "goals" text[] not null, "builds_on" text null, "results" text null, "next_steps" text[] not null, "status" text check ("status" in ('PLANNED', 'RUNNING', 'COMPLETED')) not null, "start_year" int null, "duration_text" varchar(100) null, "duration_min_months" int null, "duration_max_months" int null, "reach_count" int null, "reach_approximate" boolean not null default false, "reach_description" varchar(200) null, "reach_since_year" int null, "source_notes" text null);`);
    this.addSql(`alter table "experiment" add constraint "experiment_slug_unique" unique ("slug");`);
    this.addSql(`create index "experiment_programme_pk_index" on "experiment" ("programme_pk");`);
    this.addSql(`create index "experiment_kind_index" on "experiment" ("kind");`);
    this.addSql(`alter table "experiment" add constraint "experiment_number_unique" unique ("number");`);

    this.addSql(`create table "reference" ("pk" serial primary key, "slug" varchar(160) not null, "experiment_pk" int null, "programme_pk" int null, "kind" text check ("kind" in ('INTERVIEW', 'WEBINAR', 'RESEARCH_ARTICLE', 'REPORT', 'WEB_PAGE', 'IMAGE')) not null, "title" varchar(400) not null, "publisher" varchar(200) null, "year" int null, "series_number" varchar(40) null);`);
    this.addSql(`alter table "reference" add constraint "reference_slug_unique" unique ("slug");`);
    this.addSql(`create index "reference_experiment_pk_index" on "reference" ("experiment_pk");`);
    this.addSql(`create index "reference_programme_pk_index" on "reference" ("programme_pk");`);

    this.addSql(`create table "quote" ("pk" serial primary key, "slug" varchar(120) not null, "person_pk" int not null, "experiment_pk" int not null, "text" text not null, "topic" varchar(300) null);`);
    this.addSql(`alter table "quote" add constraint "quote_slug_unique" unique ("slug");`);
    this.addSql(`create index "quote_person_pk_index" on "quote" ("person_pk");`);
    this.addSql(`create index "quote_experiment_pk_index" on "quote" ("experiment_pk");`);

    this.addSql(`create table "learning_activity" ("pk" serial primary key, "slug" varchar(120) not null, "experiment_pk" int not null, "institution_pk" int null, "type" text check ("type" in ('MDO', 'NETWORK_PLACEMENT', 'WORKPLACE_LEARNING', 'DIGITAL_CONSULTATION', 'SIMULATION_TRAINING', 'ONLINE_COURSE', 'CASE_DISCUSSION', 'HOME_VISIT', 'JOB_SHADOWING', 'JOINT_EDUCATION', 'GROUP_MEETING', 'PREPARATION', 'REFERRAL_FEEDBACK', 'INTERVIEWS', 'SURVEY')) not null, "name" varchar(300) not null, "description" text null, "sequence" int null, "duration_text" varchar(100) null, "duration_min_minutes" int null, "duration_max_minutes" int null, "count_min" int null, "count_max" int null, "count_approximate" boolean not null default false);`);
    this.addSql(`alter table "learning_activity" add constraint "learning_activity_slug_unique" unique ("slug");`);
    this.addSql(`create index "learning_activity_experiment_pk_index" on "learning_activity" ("experiment_pk");`);
    this.addSql(`create index "learning_activity_institution_pk_index" on "learning_activity" ("institution_pk");`);

    this.addSql(`create table "factor" ("pk" serial primary key, "slug" varchar(120) not null, "experiment_pk" int null, "programme_pk" int null, "kind" text check ("kind" in ('PROMOTING', 'HINDERING', 'LESSON_LEARNED', 'OUTCOME')) not null, "text" text not null);`);
    this.addSql(`alter table "factor" add constraint "factor_slug_unique" unique ("slug");`);
    this.addSql(`create index "factor_experiment_pk_index" on "factor" ("experiment_pk");`);
    this.addSql(`create index "factor_programme_pk_index" on "factor" ("programme_pk");`);

    this.addSql(`create table "experiment_relation" ("pk" serial primary key, "experiment_pk" int not null, "related_experiment_pk" int not null, "kind" text check ("kind" in ('BUILDS_ON', 'SEE_ALSO')) not null);`);
    this.addSql(`create index "experiment_relation_related_experiment_pk_index" on "experiment_relation" ("related_experiment_pk");`);
    this.addSql(`alter table "experiment_relation" add constraint "experiment_relation_experiment_pk_related_experim_a776c_unique" unique ("experiment_pk", "related_experiment_pk", "kind");`);

    this.addSql(`create table "experiment_institution" ("pk" serial primary key, "experiment_pk" int not null, "institution_pk" int not null, "role" text check ("role" in ('LEAD', 'TEST_LOCATION', 'PARTNER', 'RESEARCH')) not null, "note" text null);`);
    this.addSql(`create index "experiment_institution_institution_pk_index" on "experiment_institution" ("institution_pk");`);
    this.addSql(`alter table "experiment_institution" add constraint "experiment_institution_experiment_pk_institution_pk_role_unique" unique ("experiment_pk", "institution_pk", "role");`);

    this.addSql(`create table "experiment_care_transition" ("pk" serial primary key, "experiment_pk" int not null, "care_transition_pk" int not null, "note" text null);`);
    this.addSql(`create index "experiment_care_transition_care_transition_pk_index" on "experiment_care_transition" ("care_transition_pk");`);
    this.addSql(`alter table "experiment_care_transition" add constraint "experiment_care_transition_experiment_pk_care_tra_32baa_unique" unique ("experiment_pk", "care_transition_pk");`);

    this.addSql(`create table "deliverable" ("pk" serial primary key, "slug" varchar(120) not null, "experiment_pk" int null, "programme_pk" int null, "kind" text check ("kind" in ('BLUEPRINT', 'GUIDE', 'TOOLBOX', 'CURRICULUM', 'DESIGN_REQUIREMENTS', 'PLACEMENT_DESCRIPTION', 'COMPETENCY_FRAMEWORK', 'EPA', 'PLAN')) not null, "title" varchar(300) not null, "description" text null, "status" text check ("status" in ('EXISTING', 'PLANNED', 'IN_PROGRESS')) not null, "target_year" int null);`);
    this.addSql(`alter table "deliverable" add constraint "deliverable_slug_unique" unique ("slug");`);
    this.addSql(`create index "deliverable_experiment_pk_index" on "deliverable" ("experiment_pk");`);
    this.addSql(`create index "deliverable_programme_pk_index" on "deliverable" ("programme_pk");`);

    this.addSql(`create table "experiment_person" ("pk" serial primary key, "experiment_pk" int not null, "person_pk" int not null, "role" text check ("role" in ('CONTACT', 'QUOTED_EXPERT', 'RESEARCHER')) not null, "note" text null);`);
    this.addSql(`create index "experiment_person_person_pk_index" on "experiment_person" ("person_pk");`);
    this.addSql(`alter table "experiment_person" add constraint "experiment_person_experiment_pk_person_pk_role_unique" unique ("experiment_pk", "person_pk", "role");`);

    this.addSql(`create table "affiliation" ("pk" serial primary key, "person_pk" int not null, "institution_pk" int not null, "position" varchar(300) not null, "note" text null);`);
    this.addSql(`create index "affiliation_institution_pk_index" on "affiliation" ("institution_pk");`);
    this.addSql(`alter table "affiliation" add constraint "affiliation_person_pk_institution_pk_position_unique" unique ("person_pk", "institution_pk", "position");`);

    this.addSql(`create table "experiment_specialty" ("pk" serial primary key, "experiment_pk" int not null, "specialty_pk" int not null, "level" text check ("level" in ('RESIDENT', 'SUPERVISOR', 'PROFESSIONAL')) not null, "note" text null);`);
    this.addSql(`create index "experiment_specialty_specialty_pk_index" on "experiment_specialty" ("specialty_pk");`);
    this.addSql(`alter table "experiment_specialty" add constraint "experiment_specialty_experiment_pk_specialty_pk_level_unique" unique ("experiment_pk", "specialty_pk", "level");`);

    this.addSql(`alter table "institution" add constraint "institution_part_of_pk_foreign" foreign key ("part_of_pk") references "institution" ("pk") on update cascade on delete restrict;`);
    this.addSql(`alter table "institution" add constraint "institution_region_pk_foreign" foreign key ("region_pk") references "region" ("pk") on update cascade on delete restrict;`);

    this.addSql(`alter table "person" add constraint "person_profession_pk_foreign" foreign key ("profession_pk") references "specialty" ("pk") on update cascade on delete restrict;`);

    this.addSql(`alter table "programme" add constraint "programme_owner_pk_foreign" foreign key ("owner_pk") references "institution" ("pk") on update cascade on delete restrict;`);
    this.addSql(`alter table "programme" add constraint "programme_contact_pk_foreign" foreign key ("contact_pk") references "person" ("pk") on update cascade on delete set null;`);

    this.addSql(`alter table "experiment" add constraint "experiment_programme_pk_foreign" foreign key ("programme_pk") references "programme" ("pk") on update cascade on delete restrict;`);

    this.addSql(`alter table "reference" add constraint "reference_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);
    this.addSql(`alter table "reference" add constraint "reference_programme_pk_foreign" foreign key ("programme_pk") references "programme" ("pk") on update cascade on delete cascade;`);

    this.addSql(`alter table "quote" add constraint "quote_person_pk_foreign" foreign key ("person_pk") references "person" ("pk") on update cascade on delete restrict;`);
    this.addSql(`alter table "quote" add constraint "quote_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);

    this.addSql(`alter table "learning_activity" add constraint "learning_activity_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);
    this.addSql(`alter table "learning_activity" add constraint "learning_activity_institution_pk_foreign" foreign key ("institution_pk") references "institution" ("pk") on update cascade on delete restrict;`);

    this.addSql(`alter table "factor" add constraint "factor_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);
    this.addSql(`alter table "factor" add constraint "factor_programme_pk_foreign" foreign key ("programme_pk") references "programme" ("pk") on update cascade on delete cascade;`);

    this.addSql(`alter table "experiment_relation" add constraint "experiment_relation_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);
    this.addSql(`alter table "experiment_relation" add constraint "experiment_relation_related_experiment_pk_foreign" foreign key ("related_experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);

    this.addSql(`alter table "experiment_institution" add constraint "experiment_institution_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);
    this.addSql(`alter table "experiment_institution" add constraint "experiment_institution_institution_pk_foreign" foreign key ("institution_pk") references "institution" ("pk") on update cascade on delete restrict;`);

    this.addSql(`alter table "experiment_care_transition" add constraint "experiment_care_transition_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);
    this.addSql(`alter table "experiment_care_transition" add constraint "experiment_care_transition_care_transition_pk_foreign" foreign key ("care_transition_pk") references "care_transition" ("pk") on update cascade on delete restrict;`);

    this.addSql(`alter table "deliverable" add constraint "deliverable_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);
    this.addSql(`alter table "deliverable" add constraint "deliverable_programme_pk_foreign" foreign key ("programme_pk") references "programme" ("pk") on update cascade on delete cascade;`);

    this.addSql(`alter table "experiment_person" add constraint "experiment_person_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);
    this.addSql(`alter table "experiment_person" add constraint "experiment_person_person_pk_foreign" foreign key ("person_pk") references "person" ("pk") on update cascade on delete restrict;`);

    this.addSql(`alter table "affiliation" add constraint "affiliation_person_pk_foreign" foreign key ("person_pk") references "person" ("pk") on update cascade on delete cascade;`);
    this.addSql(`alter table "affiliation" add constraint "affiliation_institution_pk_foreign" foreign key ("institution_pk") references "institution" ("pk") on update cascade on delete restrict;`);

    this.addSql(`alter table "experiment_specialty" add constraint "experiment_specialty_experiment_pk_foreign" foreign key ("experiment_pk") references "experiment" ("pk") on update cascade on delete cascade;`);
    this.addSql(`alter table "experiment_specialty" add constraint "experiment_specialty_specialty_pk_foreign" foreign key ("specialty_pk") references "specialty" ("pk") on update cascade on delete restrict;`);
  }

}
