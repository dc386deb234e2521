package nl.verhuurtoezicht.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain-text template syntax legal staff edit (see service/docs/letters.md):
 * a header of {@code key: value} lines ended by {@code ---}, then a body of {@code # heading},
 * {@code ## subheading}, {@code - bullet}, paragraphs separated by blank lines, {@code //} comments
 * and directives alone on a line.
 */
final class TemplateParser {

    static final Pattern DIRECTIVE = Pattern.compile("\\{\\{\\s*(tabel|lijst|fragment)\\s*:\\s*([a-z0-9_.-]+)\\s*}}");
    private static final String HEADER_END = "---";

    private TemplateParser() {
    }

    static ParsedTemplate parseLetter(String source, String text) {
        List<String> lines = text.lines().toList();
        int end = lines.indexOf(HEADER_END);
        if (end < 0) {
            throw new LetterTemplateException("Template " + source + " has no header: start with 'onderwerp: ...' and end the header with a line '---'");
        }
        String subject = null;
        List<String> enclosures = new ArrayList<>();
        boolean signed = true;
        for (int i = 0; i < end; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw error(source, i, "header line must look like 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "onderwerp" -> subject = value;
                case "bijlage" -> enclosures.add(value);
                case "ondertekening" -> signed = switch (value) {
                    case "ja" -> true;
                    case "nee" -> false;
                    default -> throw error(source, i, "ondertekening must be 'ja' or 'nee', was '" + value + "'");
                };
                default -> throw error(source, i, "unknown header '" + key + "' (known: onderwerp, bijlage, ondertekening)");
            }
        }
        if (subject == null || subject.isEmpty()) {
            throw new LetterTemplateException("Template " + source + " has no 'onderwerp:' line in its header");
        }
        return new ParsedTemplate(source, subject, List.copyOf(enclosures), signed,
                parseBody(source, lines.subList(end + 1, lines.size()), end + 1));
    }

    static List<TemplateLine> parseFragment(String source, String text) {
        return parseBody(source, text.lines().toList(), 0);
    }

    private static List<TemplateLine> parseBody(String source, List<String> lines, int firstLine) {
        List<TemplateLine> body = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        StringBuilder bullet = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.startsWith("//")) {
                continue;
            }
            boolean continuesBullet = !bullet.isEmpty() && raw.startsWith("  ") && !line.isEmpty();
            if (continuesBullet) {
                bullet.append(' ').append(line);
                continue;
            }
            flush(body, paragraph, bullet);
            if (line.isEmpty()) {
                continue;
            }
            Matcher directive = DIRECTIVE.matcher(line);
            if (line.startsWith("## ")) {
                body.add(new TemplateLine.Heading(2, line.substring(3).strip()));
            } else if (line.startsWith("# ")) {
                body.add(new TemplateLine.Heading(1, line.substring(2).strip()));
            } else if (line.startsWith("- ")) {
                bullet.append(line.substring(2).strip());
            } else if (directive.matches()) {
                body.add(new TemplateLine.Directive(directive.group(1), directive.group(2)));
            } else if (line.matches(".*\\{\\{\\s*(tabel|lijst|fragment)\\s*:.*")) {
                throw error(source, firstLine + i, "{{tabel:...}}, {{lijst:...}} and {{fragment:...}} must stand alone on their line");
            } else {
                paragraph.append(line);
                // Consecutive text lines form one paragraph, as in e-mail.
                while (i + 1 < lines.size() && isParagraphContinuation(lines.get(i + 1))) {
                    paragraph.append(' ').append(lines.get(++i).strip());
                }
            }
        }
        flush(body, paragraph, bullet);
        return List.copyOf(body);
    }

    private static boolean isParagraphContinuation(String next) {
        String line = next.strip();
        return !line.isEmpty() && !line.startsWith("#") && !line.startsWith("- ") && !line.startsWith("//")
                && !DIRECTIVE.matcher(line).matches();
    }

    private static void flush(List<TemplateLine> body, StringBuilder paragraph, StringBuilder bullet) {
        if (!paragraph.isEmpty()) {
            body.add(new TemplateLine.Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
        if (!bullet.isEmpty()) {
            body.add(new TemplateLine.Bullet(bullet.toString()));
            bullet.setLength(0);
        }
    }

    private static LetterTemplateException error(String source, int index, String problem) {
        return new LetterTemplateException("Template " + source + " line " + (index + 1) + ": " + problem);
    }
}
