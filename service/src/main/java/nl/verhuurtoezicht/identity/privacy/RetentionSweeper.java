package nl.verhuurtoezicht.identity.privacy;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes data past its retention period (AVG art. 5(1)(e): no longer than necessary). A target without a
 * configured period stops the start, so nothing is kept forever by omission.
 */
@Service
public class RetentionSweeper {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweeper.class);

    private final List<RetentionTarget> targets;
    private final PrivacyProperties properties;
    private final Clock clock;
    private final AuditTrail audit;

    RetentionSweeper(List<RetentionTarget> targets, PrivacyProperties properties, Clock clock, AuditTrail audit) {
        for (RetentionTarget target : targets) {
            if (!properties.retention().containsKey(target.name())) {
                throw new IllegalStateException("No retention period configured for '" + target.name()
                        + "': set verhuurtoezicht.privacy.retention." + target.name() + " (an ISO-8601 period such as P1Y)");
            }
        }
        this.targets = targets;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    /** Runs every target once; returns how many items each removed. */
    @Scheduled(cron = "${verhuurtoezicht.privacy.sweep-cron}")
    @Transactional
    public Map<String, Integer> sweep() {
        Instant now = clock.instant();
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (RetentionTarget target : targets) {
            Period retention = properties.retention().get(target.name());
            int count = target.purgeCreatedBefore(now.atOffset(ZoneOffset.UTC).minus(retention).toInstant());
            removed.put(target.name(), count);
            if (count > 0) {
                audit.record(Actor.system("retention"), "RETENTION_PURGE", null, null,
                        count + " " + target.name() + " older than " + retention + " removed");
            }
        }
        log.info("Retention sweep removed {}", removed);
        return removed;
    }
}
