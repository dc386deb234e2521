package nl.verhuurtoezicht.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCliTest {

    private static final Path FACTS = Path.of("examples/inspection-2026-03-14.json");
    private static final Path OVERRIDE = Path.of("examples/gemeente-voorbeeld.yaml");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void evaluatesAFileAndPrintsTheEvaluation() throws IOException {
        int exit = run("", "evaluate", FACTS.toString());

        assertThat(exit).isZero();
        assertThat(stderr()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.get("verdict").asText()).isEqualTo("SERIOUS");
        assertThat(json.get("findings")).hasSize(18);
        assertThat(json.get("signals").findValuesAsText("code"))
                .containsExactly("NO_OWN_ID", "HOUSING_TIED_TO_JOB", "BRP_MISMATCH");
    }

    @Test
    void evaluatesStandardInputInEnglish() throws IOException {
        int exit = run(Files.readString(FACTS), "evaluate", "-", "--lang", "en");

        assertThat(exit).isZero();
        assertThat(new ObjectMapper().readTree(stdout()).get("findings").get(4).get("message").asText())
                .isEqualTo("1 toilet(s), 1 too few; 2 required.");
    }

    @Test
    void municipalCatalogueChangesTheOutcome() throws IOException {
        run("", "evaluate", FACTS.toString(), "--catalogue", OVERRIDE.toString());

        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.get("normSet").asText()).isEqualTo("gemeente-voorbeeld-2026:SNF-2025-07");
        assertThat(json.get("findings").get(1).get("status").asText()).isEqualTo("FAIL");
    }

    @Test
    void badInputExitsTwoWithOneLineNamingThePath() {
        int exit = run("""
                {"inspectionDate": "2026-03-14", "property": {"bagId": "1", "housingType": "WONING"},
                 "rooms": [{"id": "k1", "type": "BEDROOM", "areaM2": -9}]}""", "evaluate", "-");

        assertThat(exit).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("invalid input at $.rooms[0].areaM2: must not be negative (was -9)\n");
    }

    @Test
    void malformedJsonExitsTwoWithOneLine() {
        int exit = run("{\"inspectionDate\": \"2026-03-14\", \"property\": {", "evaluate", "-");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).startsWith("invalid input at $.property: malformed JSON").hasLineCount(1);
    }

    @Test
    void missingFileAndUnknownCommandExitTwo() {
        assertThat(run("", "evaluate", "does-not-exist.json")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cannot read does-not-exist.json: no such file\n");
        err.reset();
        assertThat(run("", "judge")).isEqualTo(2);
        assertThat(stderr()).startsWith("unexpected arguments judge; usage:").hasLineCount(1);
    }

    @Test
    void badCatalogueExitsTwoNamingThePathInTheCatalogue(@TempDir Path dir) throws IOException {
        Path catalogue = dir.resolve("gemeente.yaml");
        Files.writeString(catalogue, "catalogue: x\nbasedOn: default\nrules:\n  - id: SNF-WC\n    severity: HIGH\n");

        int exit = run("", "catalogue", "--catalogue", catalogue.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).startsWith("invalid catalogue " + catalogue + " at $.rules[0].severity: unknown value")
                .hasLineCount(1);
    }

    @Test
    void printsTheCatalogueWithSources() throws IOException {
        int exit = run("", "catalogue");

        assertThat(exit).isZero();
        JsonNode rules = new ObjectMapper().readTree(stdout()).get("rules");
        assertThat(rules.findValuesAsText("id")).contains("SNF-GBO", "SNF-DET", "WGV-R6");
        for (JsonNode rule : rules) {
            assertThat(rule.get("title").get("nl").asText()).isNotBlank();
            assertThat(rule.get("title").get("en").asText()).isNotBlank();
            assertThat(rule.get("severity").asText()).isNotBlank();
            assertThat(rule.get("validFrom").asText()).isNotBlank();
            assertThat(rule.has("validTo")).isTrue();
            assertThat(rule.get("unit").get("nl").asText()).isNotBlank();
            assertThat(rule.get("legalSource").get("reference").asText()).isNotBlank();
            assertThat(rule.get("legalSource").get("marking").asText()).isIn("CONFIRMED", "SECONDARY", "GENERAL");
        }
    }

    private int run(String stdin, String... args) {
        return new RulesCli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
