package nl.verhuurtoezicht.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.support.ServiceTest;
import nl.verhuurtoezicht.support.TestAccounts;
import nl.verhuurtoezicht.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    void entriesOfOneCaseFormItsTimelineAndEachLinksToThePreviousRow() {
        String caseRef = newCase();
        AuditEntry decided = trail.record(new Actor("jurist@gemeente.nl", "LEGAL"), "FINE_DECIDED", caseRef,
                "no fine", "fine of EUR 4,000 for 8 persons over the SNF limit");
        AuditEntry sent = trail.record(Actor.worker("send-letter"), "LETTER_SENT", caseRef, null, "letter 2026-0042");

        assertThat(sent.seq()).isGreaterThan(decided.seq());
        assertThat(trail.timeline(caseRef))
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::actorRole, AuditEntry::before, AuditEntry::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FINE_DECIDED", "jurist@gemeente.nl", "LEGAL", "no fine",
                                "fine of EUR 4,000 for 8 persons over the SNF limit"),
                        org.assertj.core.groups.Tuple.tuple("LETTER_SENT", "worker:send-letter", "WORKER", null, "letter 2026-0042"));
        AuditEntry stored = trail.timeline(caseRef).get(1);
        assertThat(stored.hash()).isEqualTo(sent.hash()).isEqualTo(AuditHash.of(stored));
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        String caseRef = newCase();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditEntry>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                writes.add(pool.submit(() -> trail.record(Actor.worker("concurrency-test"), "STEP", caseRef, null, "step " + n)));
            }
            for (Future<AuditEntry> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(trail.timeline(caseRef)).hasSize(40);
        AuditVerification verification = verifier.verify();
        assertThat(verification.breaks()).isEmpty();
        assertThat(verification.intact()).isTrue();
    }

    @Test
    void theDatabaseItselfRefusesToUpdateOrDeleteAuditRows() {
        AuditEntry entry = trail.record(Actor.system("test"), "SOMETHING", newCase(), null, "x");

        assertThatThrownBy(() -> execute("update audit_entry set after_state = 'y' where seq = ?", entry.seq()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from audit_entry where seq = ?", entry.seq()))
                .hasMessageContaining("append-only");
    }

    @Test
    void aRowChangedDirectlyInTheDatabaseIsNamedByTheVerifyCommandAndEndpoint() throws Exception {
        String caseRef = newCase();
        trail.record(new Actor("jurist@gemeente.nl", "LEGAL"), "FINE_INTENDED", caseRef, null, "voornemen EUR 4,000");
        AuditEntry decision = trail.record(new Actor("jurist@gemeente.nl", "LEGAL"), "FINE_DECIDED", caseRef, null, "fine EUR 4,000");
        trail.record(Actor.worker("send-letter"), "LETTER_SENT", caseRef, null, "letter 2026-0043");

        // Someone with database access, bypassing the append-only trigger, lowers the fine.
        executeAsReplica("update audit_entry set after_state = 'fine EUR 400' where seq = ?", decision.seq());
        try {
            AuditVerification verification = verifier.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.breaks()).extracting(AuditVerification.Break::seq).containsExactly(decision.seq());
            assertThat(verification.breaks().get(0).reason()).contains("content does not match its hash");
            assertThat(AuditVerifyCommand.report(verification))
                    .contains("1 broken link(s)").contains("row " + decision.seq() + ": content does not match");

            WebSession admin = WebSession.on(port);
            admin.login(accounts.staff(Role.ADMIN).username(), TestAccounts.PASSWORD);
            JsonNode api = json.readTree(admin.get("/api/audit/verify", "Accept", "application/json").body());
            assertThat(api.path("intact").asBoolean()).isFalse();
            assertThat(api.path("breaks").get(0).path("seq").asLong()).isEqualTo(decision.seq());
            assertThat(admin.get("/beheer/audit/verify").body()).contains("De keten is verbroken")
                    .contains("<td>" + decision.seq() + "</td>");
        } finally {
            executeAsReplica("update audit_entry set after_state = 'fine EUR 4,000' where seq = ?", decision.seq());
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aChangedRowWithARecomputedHashIsCaughtAtTheRowAfterIt() throws Exception {
        String caseRef = newCase();
        AuditEntry decision = trail.record(new Actor("jurist@gemeente.nl", "LEGAL"), "FINE_DECIDED", caseRef, null, "fine EUR 4,000");
        AuditEntry next = trail.record(Actor.worker("send-letter"), "LETTER_SENT", caseRef, null, "letter 2026-0044");
        AuditEntry forged = new AuditEntry(decision.seq(), decision.occurredAt(), decision.actor(), decision.actorRole(),
                decision.action(), decision.caseRef(), decision.before(), "fine EUR 400", decision.previousHash(), null);

        executeAsReplica("update audit_entry set after_state = 'fine EUR 400', hash = '" + AuditHash.of(forged)
                + "' where seq = ?", decision.seq());
        try {
            assertThat(verifier.verify().breaks()).extracting(AuditVerification.Break::seq, AuditVerification.Break::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(next.seq(),
                            "does not link to the row before it (row before was changed or removed)"));
        } finally {
            executeAsReplica("update audit_entry set after_state = 'fine EUR 4,000', hash = '" + decision.hash()
                    + "' where seq = ?", decision.seq());
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowIsReported() throws Exception {
        String caseRef = newCase();
        AuditEntry removed = trail.record(new Actor("jurist@gemeente.nl", "LEGAL"), "FINE_DECIDED", caseRef, null, "fine EUR 4,000");
        AuditEntry after = trail.record(Actor.worker("send-letter"), "LETTER_SENT", caseRef, null, "letter 2026-0045");

        executeAsReplica("delete from audit_entry where seq = ?", removed.seq());
        try {
            assertThat(verifier.verify().breaks()).extracting(AuditVerification.Break::seq).containsOnly(after.seq());
            assertThat(verifier.verify().breaks()).extracting(AuditVerification.Break::reason)
                    .anyMatch(reason -> reason.contains("rows " + removed.seq() + " to " + removed.seq() + " are missing"));
        } finally {
            executeAsReplica("insert into audit_entry (seq, occurred_at, actor, actor_role, action, case_ref, before_state, after_state,"
                    + " previous_hash, hash) values (?, '" + removed.occurredAt() + "', '" + removed.actor() + "', '"
                    + removed.actorRole() + "', '" + removed.action() + "', '" + removed.caseRef() + "', null, '"
                    + removed.after() + "', '" + removed.previousHash() + "', '" + removed.hash() + "')", removed.seq());
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void staffOverseeingCasesSeeATimelineLandlordsDoNot() {
        String caseRef = newCase();
        trail.record(new Actor("coordinator@gemeente.nl", "COORDINATOR"), "INSPECTION_ASSIGNED", caseRef, "unassigned",
                "assigned to inspector T. Toezicht");

        WebSession coordinator = WebSession.on(port);
        coordinator.login(accounts.staff(Role.COORDINATOR).username(), TestAccounts.PASSWORD);
        assertThat(coordinator.get("/audit/zaak/" + caseRef).body())
                .contains("INSPECTION_ASSIGNED").contains("coordinator@gemeente.nl").contains("assigned to inspector T. Toezicht");

        WebSession landlord = WebSession.on(port);
        landlord.login(accounts.landlord().username(), TestAccounts.PASSWORD);
        assertThat(landlord.get("/audit/zaak/" + caseRef).statusCode()).isEqualTo(403);
    }

    private static String newCase() {
        return "test-case:" + UUID.randomUUID();
    }

    private void execute(String sql, long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, seq);
            statement.executeUpdate();
        }
    }

    /** As a database superuser who switches off triggers for the session: what the hash chain must still catch. */
    private void executeAsReplica(String sql, long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("set session_replication_role = replica");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, seq);
                statement.executeUpdate();
            } finally {
                connection.createStatement().execute("set session_replication_role = origin");
            }
        }
    }
}
