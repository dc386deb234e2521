package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.OutgoingMail;
import nl.verhuurtoezicht.identity.privacy.RetentionSweeper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sent mails are kept for their configured retention (P1Y) and then removed by the sweep. */
@IdentityServiceTest
class RetentionTest {

    @Autowired
    Mailer mailer;

    @Autowired
    RetentionSweeper sweeper;

    @Autowired
    MutableClock clock;

    @Test
    void aMailOlderThanItsRetentionIsRemovedAndAYoungerOneKept() {
        String old = "old-" + UUID.randomUUID();
        mailer.send(OutgoingMail.of("tenant@test.example", old, "body"));
        clock.advance(Duration.ofDays(200));
        String younger = "younger-" + UUID.randomUUID();
        mailer.send(OutgoingMail.of("tenant@test.example", younger, "body"));

        clock.advance(Duration.ofDays(170));
        Map<String, Integer> removed = sweeper.sweep();

        assertThat(removed.get("mail-messages")).isGreaterThanOrEqualTo(1);
        assertThat(mailer.recent(10_000)).extracting(m -> m.subject()).doesNotContain(old).contains(younger);
    }
}
