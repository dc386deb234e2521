package nl.verhuurtoezicht.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs target/*-rules.jar in its own JVM: manifest, shaded dependencies and the bundled catalogue. */
class RulesJarIT {

    private static Path jar;

    @BeforeAll
    static void findTheOneRunnableJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith("-rules.jar")).toList();
            assertThat(jars).as("target/*-rules.jar").hasSize(1);
            jar = jars.get(0);
        }
    }

    @Test
    void evaluatesTheIssueExample() throws Exception {
        Result result = run(null, "evaluate", "examples/inspection-2026-03-14.json");

        assertThat(result.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.stdout());
        assertThat(json.get("verdict").asText()).isEqualTo("SERIOUS");
        assertThat(json.get("findings")).hasSize(18);
    }

    @Test
    void badInputOnStandardInputExitsTwoWithOneLine() throws Exception {
        Result result = run("{\"inspectionDate\": \"2026-03-14\", \"property\": {\"bagId\": \"1\"}}", "evaluate", "-");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo("invalid input at $.property.housingType: required field is missing\n");
    }

    @Test
    void writesUtf8WhateverTheLocale() throws Exception {
        Result result = run(null, "catalogue");

        assertThat(result.stdout()).contains("m² per bewoner", "één");
    }

    @Test
    void printsTheCatalogue() throws Exception {
        Result result = run(null, "catalogue");

        assertThat(result.exit()).isZero();
        assertThat(new ObjectMapper().readTree(result.stdout()).get("rules").findValuesAsText("marking"))
                .hasSizeGreaterThanOrEqualTo(18);
    }

    private static Result run(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        File out = File.createTempFile("rules-out", ".txt");
        File err = File.createTempFile("rules-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
            builder.environment().put("LC_ALL", "C");
            builder.environment().put("LANG", "C");
            Process process = builder.start();
            if (stdin != null) {
                process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            int exit = process.waitFor();
            return new Result(exit, Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }

    private record Result(int exit, String stdout, String stderr) {
    }
}
