package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the letter archive append-only in the database itself, so no code path or manual statement
 * can alter a letter that was sent. Written as a Java migration because jOOQ's code generator
 * replays the SQL migrations in H2, which cannot read PL/pgSQL; the generated classes do not need it.
 */
public class V2_2__Letter_archive_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function letter_archive_is_append_only() returns trigger language plpgsql as $$
                    begin
                        raise exception 'The letter archive is append-only: % is not allowed. Issue a corrected letter instead.', tg_op
                            using errcode = 'integrity_constraint_violation';
                    end
                    $$""");
            sql.execute("""
                    create trigger letter_no_update_or_delete before update or delete on letter
                        for each row execute function letter_archive_is_append_only()""");
            sql.execute("""
                    create trigger letter_no_truncate before truncate on letter
                        for each statement execute function letter_archive_is_append_only()""");
        }
    }
}
