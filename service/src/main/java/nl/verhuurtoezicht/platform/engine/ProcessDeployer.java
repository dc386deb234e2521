package nl.verhuurtoezicht.platform.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN and DMN model of the {@code processes} module to whichever engine the client talks to, before
 * the service takes requests. An unchanged model is not a new version (the engine, like Zeebe, returns the existing
 * one), so restarting is harmless; a model the engine rejects stops the start with the engine's message.
 */
@Component
class ProcessDeployer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
    static final String[] LOCATIONS = {"classpath*:bpmn/*.bpmn", "classpath*:dmn/*.dmn"};
    private static final java.time.Duration DEPLOY_TIMEOUT = java.time.Duration.ofMinutes(2);

    private final CamundaClient client;

    ProcessDeployer(CamundaClient client) {
        this.client = client;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Resource> models = models();
        if (models.isEmpty()) {
            log.warn("No BPMN or DMN models found on the classpath; nothing deployed");
            return;
        }
        DeployResourceCommandStep2 step = client.newDeployResourceCommand()
                .addResourceBytes(bytes(models.get(0)), models.get(0).getFilename());
        for (Resource model : models.subList(1, models.size())) {
            step = step.addResourceBytes(bytes(model), model.getFilename());
        }
        // Compiling every model (FEEL included) can take longer than the client's default 10 s request timeout on a
        // loaded machine, and a failed deployment stops the start.
        DeploymentEvent deployment = step.requestTimeout(DEPLOY_TIMEOUT).send().join();
        deployment.getProcesses().forEach(p -> log.info("Process {} version {} deployed ({})",
                p.getBpmnProcessId(), p.getVersion(), p.getResourceName()));
        deployment.getDecisions().forEach(d -> log.info("Decision {} version {} deployed",
                d.getDmnDecisionId(), d.getVersion()));
    }

    static List<Resource> models() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> models = new ArrayList<>();
        try {
            for (String location : LOCATIONS) {
                models.addAll(Arrays.asList(resolver.getResources(location)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the process models", e);
        }
        models.sort(Comparator.comparing(Resource::getFilename));
        return models;
    }

    private static byte[] bytes(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getFilename(), e);
        }
    }
}
