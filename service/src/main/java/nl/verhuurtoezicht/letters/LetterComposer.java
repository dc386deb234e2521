package nl.verhuurtoezicht.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template with a case's values and the municipality's configuration. Every missing value is
 * collected first, so one error names all holes at once; nothing half-filled leaves this class.
 */
final class LetterComposer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9_.]+)\\s*}}");
    private static final int MAX_FRAGMENT_DEPTH = 5;

    private final LetterTemplates templates;
    private final LetterProperties properties;

    LetterComposer(LetterTemplates templates, LetterProperties properties) {
        this.templates = templates;
        this.properties = properties;
    }

    /** A letter that corrects an earlier one names it at the top (the earlier letter stays archived as sent). */
    record Correction(String kenmerk, LocalDate date) {
    }

    LetterContent compose(LetterKind kind, LetterData data, String kenmerk, Correction correction) {
        ParsedTemplate template = templates.letter(kind, data.language());
        Properties labels = templates.labels(data.language());
        ValueFormatter formatter = new ValueFormatter(data.language(), labels);
        Fill fill = new Fill(template.source(), values(data, kenmerk, formatter), formatter);

        String subject = fill.text(template.subject());
        List<String> enclosures = template.enclosures().stream().map(fill::text).toList();
        List<LetterBlock> body = new ArrayList<>();
        if (correction != null) {
            body.add(new LetterBlock.Paragraph(formatter.label("correctie")
                    .replace("{0}", correction.kenmerk()).replace("{1}", formatter.date(correction.date()))));
        }
        expand(template.body(), data.language(), fill, body, 0);
        fill.failOnHoles();

        return new LetterContent(kind, data.language(), kenmerk, data.caseReference(), formatter.date(data.date()),
                data.addressee(), subject, List.copyOf(body), enclosures, template.signed(), labels);
    }

    private Map<String, Object> values(LetterData data, String kenmerk, ValueFormatter formatter) {
        LetterProperties.Terms terms = properties.terms();
        Map<String, Object> standard = new HashMap<>();
        standard.put("kenmerk", kenmerk);
        standard.put("zaaknummer", data.caseReference());
        standard.put("datum", data.date());
        standard.put("geadresseerde", data.addressee().name());
        standard.put("aanhef", data.addressee().salutation() != null ? data.addressee().salutation() : formatter.label("aanhef"));
        standard.put("gemeente", properties.municipality().name());
        standard.put("gemeente.telefoon", properties.municipality().phone());
        standard.put("gemeente.email", properties.municipality().email());
        standard.put("gemeente.website", properties.municipality().website());
        standard.put("college", properties.municipality().college());
        standard.put("bezwaar.adres", properties.remedies().objectionAddress());
        standard.put("rechtbank", properties.remedies().court());
        standard.put("termijn.bezwaar", terms.objection());
        standard.put("termijn.beroep", terms.appeal());
        standard.put("termijn.betaling", terms.payment());
        standard.put("termijn.zienswijze", terms.zienswijze());
        standard.put("uiterlijk.betaling", data.date().plus(terms.payment()));
        standard.put("uiterlijk.zienswijze", data.date().plus(terms.zienswijze()));
        standard.put("betaling.iban", properties.payment().iban());
        standard.put("betaling.ten_name_van", properties.payment().accountName());
        standard.put("meldpunt.telefoon", properties.meldpunt().phone());
        standard.put("meldpunt.email", properties.meldpunt().email());
        standard.put("meldpunt.website", properties.meldpunt().website());

        for (String name : data.values().keySet()) {
            if (standard.containsKey(name)) {
                throw new IllegalArgumentException("Letter value '" + name + "' is set by the letter service itself; use another name");
            }
        }
        Map<String, Object> all = new HashMap<>(data.values());
        all.putAll(standard);
        return all;
    }

    private void expand(List<TemplateLine> lines, LetterLanguage language, Fill fill, List<LetterBlock> out, int depth) {
        for (TemplateLine line : lines) {
            if (line instanceof TemplateLine.Heading h) {
                out.add(new LetterBlock.Heading(h.level(), fill.text(h.text())));
            } else if (line instanceof TemplateLine.Paragraph p) {
                out.add(new LetterBlock.Paragraph(fill.text(p.text())));
            } else if (line instanceof TemplateLine.Bullet b) {
                out.add(new LetterBlock.Bullet(fill.text(b.text())));
            } else if (line instanceof TemplateLine.Directive d) {
                switch (d.type()) {
                    case "fragment" -> {
                        if (depth >= MAX_FRAGMENT_DEPTH) {
                            throw new LetterTemplateException("Template " + fill.source + ": fragments nested deeper than "
                                    + MAX_FRAGMENT_DEPTH + " at {{fragment:" + d.name() + "}} (does a fragment include itself?)");
                        }
                        expand(templates.fragment(language, d.name()), language, fill, out, depth + 1);
                    }
                    case "lijst" -> fill.list(d.name()).forEach(item -> out.add(new LetterBlock.Bullet(item)));
                    default -> fill.table(d.name()).ifPresent(out::add);
                }
            }
        }
    }

    /** Substitution state for one letter: the values and the holes found so far. */
    private static final class Fill {
        private final String source;
        private final Map<String, Object> values;
        private final ValueFormatter formatter;
        private final Set<String> holes = new LinkedHashSet<>();

        Fill(String source, Map<String, Object> values, ValueFormatter formatter) {
            this.source = source;
            this.values = values;
            this.formatter = formatter;
        }

        String text(String template) {
            if (unbalanced(template)) {
                throw new LetterTemplateException("Template " + source + ": malformed placeholder in '" + template
                        + "' (write {{name}} with lower-case letters, digits, '.' or '_')");
            }
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                Object value = values.get(name);
                String text = value == null ? null : formatter.format(value);
                if (value != null && text == null) {
                    throw new LetterTemplateException("Template " + source + ": value for {{" + name + "}} has type "
                            + value.getClass().getSimpleName() + ", which cannot stand in running text");
                }
                if (text == null || text.isBlank()) {
                    holes.add(name);
                    text = "";
                }
                m.appendReplacement(out, Matcher.quoteReplacement(text));
            }
            m.appendTail(out);
            return out.toString();
        }

        List<String> list(String name) {
            Object value = values.get(name);
            if (!(value instanceof List<?> items) || items.isEmpty()) {
                return missingOrWrongType(name, value, "a non-empty list");
            }
            List<String> texts = new ArrayList<>();
            for (Object item : items) {
                String text = item == null ? null : formatter.format(item);
                if (text == null || text.isBlank()) {
                    throw new LetterTemplateException("Template " + source + ": list {{lijst:" + name + "}} has an empty or unprintable item");
                }
                texts.add(text);
            }
            return texts;
        }

        Optional<LetterBlock.Table> table(String name) {
            Object value = values.get(name);
            if (!(value instanceof LetterTable table)) {
                missingOrWrongType(name, value, "a LetterTable");
                return Optional.empty();
            }
            List<List<String>> rows = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (Object cell : row) {
                    String text = cell == null ? "" : formatter.format(cell);
                    if (text == null) {
                        throw new LetterTemplateException("Template " + source + ": table {{tabel:" + name + "}} has a cell of type "
                                + cell.getClass().getSimpleName() + ", which cannot be printed");
                    }
                    cells.add(text);
                }
                rows.add(List.copyOf(cells));
            }
            return Optional.of(new LetterBlock.Table(table.headers(), table.widths(), List.copyOf(rows)));
        }

        private <T> List<T> missingOrWrongType(String name, Object value, String expected) {
            if (value == null) {
                holes.add(name);
                return List.of();
            }
            throw new LetterTemplateException("Template " + source + ": value for '" + name + "' must be " + expected
                    + ", was " + value.getClass().getSimpleName());
        }

        private static boolean unbalanced(String text) {
            return text.replaceAll("\\{\\{\\s*[a-z0-9_.]+\\s*}}", "").matches("(?s).*(\\{\\{|}}).*");
        }

        void failOnHoles() {
            if (!holes.isEmpty()) {
                throw new MissingLetterValueException(source, List.copyOf(holes));
            }
        }
    }
}
