package nl.verhuurtoezicht.rules;

import java.util.List;

/** The evaluation of one inspection: one finding per catalogue rule, in catalogue order. */
public record Evaluation(String normSet, Verdict verdict, List<Finding> findings, List<Signal> signals) {

    public Evaluation {
        findings = List.copyOf(findings);
        signals = List.copyOf(signals);
    }

    public Finding finding(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no finding for rule " + ruleId));
    }
}
