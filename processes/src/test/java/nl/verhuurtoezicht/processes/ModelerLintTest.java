package nl.verhuurtoezicht.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every model passes Camunda Modeler's own linter (@camunda/linting: bpmnlint + camunda-compat for the version the
 * file declares). The linter is a Node bundle that {@code .ci/install-test-tools} builds; without it (no npm on a
 * developer's machine) this test is skipped with that hint, in CI it always runs.
 */
class ModelerLintTest {

    private static final Path LINTER = Path.of("../.ci/lint/dist/lint.mjs");

    @Test
    void everyModelPassesTheModelerLinterForCamunda88() throws Exception {
        List<Path> models = Models.all();
        assumeTrue(!models.isEmpty(), "no BPMN/DMN models yet");
        assumeTrue(Files.isRegularFile(LINTER), "Modeler linter not installed: run .ci/install-test-tools");

        List<String> command = new ArrayList<>(List.of("node", LINTER.toString()));
        models.forEach(m -> command.add(m.toString()));
        Process lint = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains(models.size() + " model(s) linted, 0 problem(s)");
        assertThat(lint.exitValue()).as(output).isZero();
    }

    @Test
    void everyModelDeclaresCamunda88ForTheModeler() throws Exception {
        for (Path model : Models.all()) {
            String xml = Files.readString(model);
            assertThat(xml).as(model.toString())
                    .contains("modeler:executionPlatform=\"Camunda Cloud\"")
                    .contains("modeler:executionPlatformVersion=\"8.8.0\"");
        }
    }
}
