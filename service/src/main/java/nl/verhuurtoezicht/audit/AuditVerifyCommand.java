package nl.verhuurtoezicht.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar verhuurtoezicht.jar --audit-verify --spring.main.web-application-type=none}: checks the chain,
 * prints the outcome and exits with 0 (intact) or 1 (broken), for cron jobs and auditors.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "audit-verify";

    private final AuditVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        AuditVerification result = verifier.verify();
        System.out.println(report(result));
        int code = SpringApplication.exit(context, () -> result.intact() ? 0 : 1);
        System.exit(code);
    }

    static String report(AuditVerification result) {
        StringBuilder out = new StringBuilder();
        out.append("Audit trail: ").append(result.rowsChecked()).append(" rows checked, ")
                .append(result.intact() ? "chain intact" : result.breaks().size() + " broken link(s)").append('\n');
        out.append("Head hash: ").append(result.headHash()).append('\n');
        for (AuditVerification.Break broken : result.breaks()) {
            out.append("  row ").append(broken.seq()).append(": ").append(broken.reason()).append('\n');
        }
        return out.toString();
    }
}
