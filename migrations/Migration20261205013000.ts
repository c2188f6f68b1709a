import { Migration } from "@mikro-orm/migrations";

/**
 * 2026-12-05: every write to a table the reads see announces itself on `ipo_graph_data` (database/data-changes.ts),
 * so the response cache of every replica empties on writes made outside the API too (frozen).
 */
export class Migration20261205013000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create or replace function \"public\".\"ipo_announce_data_change\"() returns trigger language plpgsql as $$\nbegin\n  perform pg_notify('ipo_graph_data', TG_TABLE_NAME);\n  return null;\nend\n$$;");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"programme\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"experiment\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"institution\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"region\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"specialty\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"person\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"care_transition\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"learning_activity\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"deliverable\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"factor\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"quote\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"site\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"experiment_institution\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"experiment_person\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"experiment_specialty\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"experiment_relation\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"experiment_care_transition\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"affiliation\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"reference\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"submission\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
    this.addSql("create or replace trigger \"ipo_data_changed\" after insert or update or delete or truncate on \"public\".\"audit_event\" for each statement execute function \"public\".\"ipo_announce_data_change\"();");
  }
}
