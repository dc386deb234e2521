package nl.verhuurtoezicht.identity;

import static nl.verhuurtoezicht.db.Tables.ACCOUNT_TOKEN;
import static nl.verhuurtoezicht.db.Tables.MAIL_MESSAGE;

import java.time.Instant;
import java.time.ZoneOffset;
import nl.verhuurtoezicht.identity.privacy.RetentionTarget;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identity's data with a retention period: sent mails (they contain names and links) and spent or expired links. */
@Configuration(proxyBeanMethods = false)
class IdentityRetention {

    @Bean
    RetentionTarget mailMessageRetention(DSLContext dsl) {
        return new RetentionTarget() {
            @Override
            public String name() {
                return "mail-messages";
            }

            @Override
            public int purgeCreatedBefore(Instant cutoff) {
                return dsl.deleteFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.CREATED_AT.lt(cutoff.atOffset(ZoneOffset.UTC))).execute();
            }
        };
    }

    @Bean
    RetentionTarget accountTokenRetention(DSLContext dsl) {
        return new RetentionTarget() {
            @Override
            public String name() {
                return "account-links";
            }

            @Override
            public int purgeCreatedBefore(Instant cutoff) {
                // A link counts from its expiry: once expired it can only be removed.
                return dsl.deleteFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.EXPIRES_AT.lt(cutoff.atOffset(ZoneOffset.UTC))).execute();
            }
        };
    }
}
