package nl.verhuurtoezicht.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns inspection facts into one finding per catalogue rule, using the rule versions in force on the
 * inspection date. Stateless after construction: one instance can serve all threads.
 */
public final class Evaluator {

    private final RuleCatalogue catalogue;
    private final Language language;
    private final List<CompiledRule> rules;
    private final MessageTemplate notAssessed;
    private final MessageTemplate notInForce;
    private final Map<SignalCode, Signal> signals = new EnumMap<>(SignalCode.class);

    public Evaluator(RuleCatalogue catalogue) {
        this(catalogue, Language.NL);
    }

    /** @param language language of messages and signal descriptions */
    public Evaluator(RuleCatalogue catalogue, Language language) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.language = Objects.requireNonNull(language, "language");
        GeneralMessages general = catalogue.generalMessages();
        this.notAssessed = MessageTemplate.compile(general.notAssessed().in(language), general.path());
        this.notInForce = MessageTemplate.compile(general.notInForce().in(language), general.path());
        List<CompiledRule> compiled = new ArrayList<>();
        for (String ruleId : catalogue.ruleIds()) {
            compiled.add(new CompiledRule(RuleChecks.BY_ID.get(ruleId),
                    catalogue.versions(ruleId).stream().map(v -> new CompiledVersion(v, language)).toList()));
        }
        this.rules = List.copyOf(compiled);
        for (SignalDefinition definition : catalogue.signals()) {
            signals.put(definition.code(), new Signal(definition.code(), definition.description().in(language)));
        }
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    public Evaluation evaluate(InspectionFacts facts) {
        LocalDate day = facts.inspectionDate();
        NormSet normSet = catalogue.normSet(day).orElse(null);
        Situation situation = Situation.of(facts, normSet);
        List<Finding> findings = new ArrayList<>(rules.size());
        boolean failed = false;
        boolean criticalFailed = false;
        for (CompiledRule rule : rules) {
            Finding finding = rule.evaluate(facts, situation);
            if (finding.status() == Status.FAIL) {
                failed = true;
                criticalFailed |= finding.severity() == Severity.CRITICAL;
            }
            findings.add(finding);
        }
        Verdict verdict = criticalFailed ? Verdict.SERIOUS : failed ? Verdict.DEFICIENT : Verdict.COMPLIANT;
        String normSetName = catalogue.id() + ":" + (normSet == null ? "none" : normSet.id());
        return new Evaluation(normSetName, verdict, findings, signals(facts));
    }

    /** The recorded signals in their order, without repeats, plus BRP_MISMATCH when fewer are registered than present. */
    private List<Signal> signals(InspectionFacts facts) {
        List<Signal> raised = new ArrayList<>(facts.signals().size() + 1);
        for (SignalCode code : facts.signals()) {
            Signal signal = signals.get(code);
            if (!raised.contains(signal)) {
                raised.add(signal);
            }
        }
        Integer registered = facts.occupants().registeredBrp();
        Integer present = facts.occupants().present();
        Signal mismatch = signals.get(SignalCode.BRP_MISMATCH);
        if (registered != null && present != null && registered < present && !raised.contains(mismatch)) {
            raised.add(mismatch);
        }
        return raised;
    }

    private final class CompiledRule {
        private final RuleCheck check;
        private final List<CompiledVersion> versions;

        CompiledRule(RuleCheck check, List<CompiledVersion> versions) {
            this.check = check;
            this.versions = versions;
        }

        Finding evaluate(InspectionFacts facts, Situation situation) {
            LocalDate day = facts.inspectionDate();
            for (CompiledVersion version : versions) {
                if (version.rule.inForceOn(day)) {
                    return version.finding(check.check(facts, version.rule, situation));
                }
            }
            CompiledVersion nearest = day.isBefore(versions.get(0).rule.validFrom())
                    ? versions.get(0) : versions.get(versions.size() - 1);
            return nearest.finding(Status.NOT_ASSESSED, null, null,
                    notInForce.render(null, null, nearest.unit, Measure.of(day).display(language), language));
        }
    }

    private final class CompiledVersion {
        private final RuleVersion rule;
        private final String unit;
        private final String legalBasis;
        private final MessageTemplate pass;
        private final MessageTemplate fail;
        private final MessageTemplate notApplicable;

        CompiledVersion(RuleVersion rule, Language language) {
            this.rule = rule;
            this.unit = rule.unit().in(language);
            this.legalBasis = rule.legalSource().label();
            this.pass = MessageTemplate.compile(rule.passMessage().in(language), rule.id());
            this.fail = MessageTemplate.compile(rule.failMessage().in(language), rule.id());
            this.notApplicable = rule.notApplicableMessage() == null ? null
                    : MessageTemplate.compile(rule.notApplicableMessage().in(language), rule.id());
        }

        Finding finding(Outcome outcome) {
            Measure measured = outcome.measured();
            Measure threshold = outcome.threshold();
            return switch (outcome.kind()) {
                case PASS -> finding(Status.PASS, measured, threshold,
                        pass.render(measured, threshold, unit, outcome.detail(), language));
                case FAIL -> finding(Status.FAIL, measured, threshold,
                        fail.render(measured, threshold, unit, outcome.detail(), language));
                case MISSING -> finding(Status.NOT_ASSESSED, null, null,
                        notAssessed.render(null, null, unit, outcome.detail(), language));
                case NOT_APPLICABLE -> finding(Status.NOT_ASSESSED, measured, threshold,
                        notApplicable.render(measured, threshold, unit, outcome.detail(), language));
            };
        }

        Finding finding(Status status, Measure measured, Measure threshold, String message) {
            return new Finding(rule.id(), status, rule.severity(), measured, threshold, unit, legalBasis, message);
        }
    }
}
