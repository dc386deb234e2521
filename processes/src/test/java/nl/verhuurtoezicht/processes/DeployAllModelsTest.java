package nl.verhuurtoezicht.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.verhuurtoezicht.engine.EngineConfig;
import nl.verhuurtoezicht.engine.LocalEngine;
import org.junit.jupiter.api.Test;

/** The engine the service embeds accepts every model of this module, as a real Camunda 8.8 would. */
class DeployAllModelsTest {

    @Test
    void everyModelDeploysToTheEngineInOneDeployment() throws Exception {
        List<Path> models = Models.all();
        assumeTrue(!models.isEmpty(), "no BPMN/DMN models yet");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             LocalEngine engine = LocalEngine.start(postgres.getPostgresDatabase(), EngineConfig.defaults());
             CamundaClient client = CamundaClient.newClientBuilder()
                     .grpcAddress(engine.grpcAddress())
                     .restAddress(engine.restAddress())
                     .preferRestOverGrpc(false)
                     .build()) {
            DeployResourceCommandStep2 command = client.newDeployResourceCommand()
                    .addResourceBytes(Files.readAllBytes(models.get(0)), models.get(0).getFileName().toString());
            for (Path model : models.subList(1, models.size())) {
                command = command.addResourceBytes(Files.readAllBytes(model), model.getFileName().toString());
            }
            DeploymentEvent deployment = command.send().join();

            long bpmnFiles = models.stream().filter(p -> p.toString().endsWith(".bpmn")).count();
            assertThat(deployment.getProcesses().size()).isGreaterThanOrEqualTo((int) bpmnFiles);
        }
    }
}
