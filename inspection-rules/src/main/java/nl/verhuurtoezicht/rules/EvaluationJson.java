package nl.verhuurtoezicht.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and writes {@link Evaluation} in the output contract:
 * {@code {normSet, verdict, findings: [{ruleId, status, severity, measured, threshold, unit, legalBasis,
 * message}], signals: [{code, description}]}}. Measures are plain JSON numbers, booleans or strings.
 */
public final class EvaluationJson {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private EvaluationJson() {
    }

    public static String write(Evaluation evaluation) {
        return write(evaluation, false);
    }

    public static String write(Evaluation evaluation, boolean pretty) {
        try {
            return pretty
                    ? JsonTrees.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(evaluation))
                    : JsonTrees.JSON.writeValueAsString(toTree(evaluation));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode toTree(Evaluation evaluation) {
        ObjectNode root = JsonTrees.JSON.createObjectNode();
        root.put("normSet", evaluation.normSet());
        root.put("verdict", evaluation.verdict().name());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : evaluation.findings()) {
            ObjectNode finding = findings.addObject();
            finding.put("ruleId", f.ruleId());
            finding.put("status", f.status().name());
            finding.put("severity", f.severity().name());
            putMeasure(finding, "measured", f.measured());
            putMeasure(finding, "threshold", f.threshold());
            finding.put("unit", f.unit());
            finding.put("legalBasis", f.legalBasis());
            finding.put("message", f.message());
        }
        ArrayNode signals = root.putArray("signals");
        for (Signal s : evaluation.signals()) {
            signals.addObject().put("code", s.code().name()).put("description", s.description());
        }
        return root;
    }

    private static void putMeasure(ObjectNode node, String field, Measure measure) {
        if (measure == null) {
            node.putNull(field);
        } else if (measure instanceof Measure.Amount a) {
            node.put(field, a.value());
        } else if (measure instanceof Measure.Flag f) {
            node.put(field, f.value());
        } else if (measure instanceof Measure.Day d) {
            node.put(field, d.value().toString());
        } else if (measure instanceof Measure.Text t) {
            node.put(field, t.value());
        }
    }

    /** Reads a stored evaluation back. @throws InvalidInputException naming the JSON path of the first problem */
    public static Evaluation parse(String json) {
        NodeReader root = NodeReader.root(JsonTrees.read(JsonTrees.JSON, new StringReader(json)));
        List<Finding> findings = new ArrayList<>();
        for (NodeReader f : root.objects("findings", true)) {
            findings.add(new Finding(f.text("ruleId", true),
                    f.enumValue("status", Status.class, true),
                    f.enumValue("severity", Severity.class, true),
                    measure(f.raw("measured")),
                    measure(f.raw("threshold")),
                    f.text("unit", true),
                    f.text("legalBasis", true),
                    f.text("message", true)));
        }
        List<Signal> signals = new ArrayList<>();
        for (NodeReader s : root.objects("signals", true)) {
            signals.add(new Signal(s.enumValue("code", SignalCode.class, true), s.text("description", true)));
        }
        return new Evaluation(root.text("normSet", true), root.enumValue("verdict", Verdict.class, true), findings,
                signals);
    }

    private static Measure measure(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return Measure.of(node.decimalValue());
        }
        if (node.isBoolean()) {
            return Measure.of(node.booleanValue());
        }
        String text = node.asText();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return Measure.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return Measure.of(text);
            }
        }
        return Measure.of(text);
    }
}
