package nl.verhuurtoezicht.deployment;

import static nl.verhuurtoezicht.deployment.ComposeFiles.environment;
import static nl.verhuurtoezicht.deployment.ComposeFiles.map;
import static nl.verhuurtoezicht.deployment.ComposeFiles.service;
import static nl.verhuurtoezicht.deployment.ComposeFiles.services;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The compose files and the Dockerfile, checked without a Docker engine: pinned images, the Camunda image of the
 * client's version, health checks, consistent wiring between the service and the cluster, and a consistent
 * three-broker topology. {@link ComposeValidationTest} adds Docker Compose's own validation where it is installed.
 */
class ComposeFilesTest {

    /** An exact release: major.minor.patch, optionally with a variant suffix (17.6-bookworm has no patch: allowed). */
    private static final Pattern PINNED = Pattern.compile(".+:\\d+\\.\\d+(\\.\\d+)?(_\\d+)?(-[a-z0-9.]+)?");

    private final Map<String, Object> compose = ComposeFiles.read(ComposeFiles.COMPOSE);
    private final Map<String, Object> cluster = ComposeFiles.read(ComposeFiles.CLUSTER);

    @Test
    void composeRunsPostgresCamundaWithItsSecondaryStorageAndTheService() {
        assertThat(services(compose)).containsOnlyKeys("postgres", "elasticsearch", "camunda", "verhuurtoezicht");
    }

    @Test
    void everyImageIsPinnedToAnExactVersion() {
        List<String> images = new ArrayList<>();
        for (Map<String, Object> file : List.of(compose, cluster)) {
            services(file).values().forEach(s -> {
                @SuppressWarnings("unchecked")
                Object image = ((Map<String, Object>) s).get("image");
                if (image != null && !String.valueOf(image).startsWith("verhuurtoezicht:")) {
                    images.add(String.valueOf(image));
                }
            });
        }
        assertThat(images).hasSizeGreaterThanOrEqualTo(5).allMatch(i -> PINNED.matcher(i).matches(), "pinned");
    }

    @Test
    void camundaImagesAreTheVersionOfTheServicesCamundaClient() {
        String client = CamundaClient.class.getPackage().getImplementationVersion();
        List<String> camundaImages = new ArrayList<>();
        for (Map<String, Object> file : List.of(compose, cluster)) {
            services(file).forEach((name, s) -> {
                Object image = ((Map<?, ?>) s).get("image");
                if (image != null && image.toString().startsWith("camunda/")) {
                    camundaImages.add(image.toString());
                }
            });
        }
        assertThat(camundaImages).hasSize(3).containsOnly("camunda/camunda:" + client);
    }

    @Test
    void everyServiceHasAHealthCheckAndWaitsForHealthyDependencies() {
        for (Map<String, Object> file : List.of(compose, cluster)) {
            services(file).forEach((name, s) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> service = (Map<String, Object>) s;
                boolean partialOverride = !service.containsKey("image") && !service.containsKey("build");
                if (partialOverride) {
                    return;
                }
                if (service.containsKey("build")) {
                    assertThat(dockerfile()).as(name + " image health check").contains("HEALTHCHECK");
                } else {
                    assertThat(service).as(name).containsKey("healthcheck");
                }
                map(service, "depends_on").forEach((dependency, condition) -> {
                    assertThat(services(compose).containsKey(dependency) || services(cluster).containsKey(dependency))
                            .as(name + " depends on " + dependency).isTrue();
                    assertThat(((Map<?, ?>) condition).get("condition")).as(name + " -> " + dependency).isEqualTo("service_healthy");
                });
            });
        }
    }

    @Test
    void everyNamedVolumeIsDeclared() {
        Set<String> declared = new HashSet<>(map(compose, "volumes").keySet());
        declared.addAll(map(cluster, "volumes").keySet());
        for (Map<String, Object> file : List.of(compose, cluster)) {
            services(file).forEach((name, s) -> {
                Object volumes = ((Map<?, ?>) s).get("volumes");
                if (volumes == null) {
                    return;
                }
                for (Object volume : (List<?>) volumes) {
                    String source = volume.toString().split(":")[0];
                    if (!source.startsWith(".") && !source.startsWith("/")) {
                        assertThat(declared).as(name + " volume " + volume).contains(source);
                    }
                }
            });
        }
    }

    @Test
    void theServiceTalksGrpcToTheCamundaGatewayWithTheUserTheClusterCreates() {
        Map<String, String> service = environment("verhuurtoezicht", compose);
        Map<String, String> camunda = environment("camunda", compose);

        assertThat(service.get("CAMUNDA_CLIENT_GRPCADDRESS")).contains("http://camunda:26500");
        assertThat(service.get("CAMUNDA_CLIENT_RESTADDRESS")).contains("http://camunda:8080");
        assertThat(service.get("CAMUNDA_CLIENT_PREFERRESTOVERGRPC")).isEqualTo("false");
        assertThat(service.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(service.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(environment("postgres", compose).get("POSTGRES_PASSWORD"));

        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; camunda.containsKey("CAMUNDA_SECURITY_INITIALIZATION_USERS_" + i + "_USERNAME"); i++) {
            users.put(camunda.get("CAMUNDA_SECURITY_INITIALIZATION_USERS_" + i + "_USERNAME"),
                    camunda.get("CAMUNDA_SECURITY_INITIALIZATION_USERS_" + i + "_PASSWORD"));
        }
        assertThat(service.get("CAMUNDA_CLIENT_AUTH_METHOD")).isEqualTo("basic");
        assertThat(users).containsEntry(service.get("CAMUNDA_CLIENT_AUTH_USERNAME"), service.get("CAMUNDA_CLIENT_AUTH_PASSWORD"));
        assertThat(camunda).containsEntry("CAMUNDA_SECURITY_AUTHENTICATION_UNPROTECTEDAPI", "false");
    }

    @Test
    void passwordsHaveNoDefaultAndTheExampleEnvironmentSetsEachOne() throws IOException {
        String text = Files.readString(ComposeFiles.COMPOSE);
        List<String> required = Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(text).results().map(r -> r.group(1)).distinct().toList();
        assertThat(required).contains("POSTGRES_PASSWORD", "CAMUNDA_ADMIN_PASSWORD", "CAMUNDA_CLIENT_PASSWORD");
        assertThat(Pattern.compile("\\$\\{[A-Z_]*PASSWORD:-").matcher(text).find()).as("a password with a default").isFalse();

        String example = Files.readString(ComposeFiles.ENV_EXAMPLE);
        for (String variable : required) {
            assertThat(example).as(variable).containsPattern("(?m)^" + variable + "=.+");
        }
    }

    @Test
    void interpolationFollowsComposeRules() {
        Map<String, String> variables = Map.of("SET", "value", "EMPTY", "");
        assertThat(ComposeFiles.interpolate("a${SET}b ${UNSET:-fallback} ${EMPTY:-x}", variables)).isEqualTo("avalueb fallback x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ComposeFiles.interpolate("${UNSET:?set UNSET}", variables))
                .hasMessageContaining("set UNSET");

        Map<String, String> example = ComposeFiles.exampleVariables();
        Map<String, String> camunda = environment("camunda", compose);
        camunda.replaceAll((k, v) -> ComposeFiles.interpolate(v, example));
        assertThat(camunda.values()).noneMatch(v -> v.contains("${"));
        assertThat(camunda).containsEntry("CAMUNDA_SECURITY_INITIALIZATION_USERS_1_PASSWORD", example.get("CAMUNDA_CLIENT_PASSWORD"));
    }

    @Test
    void threeBrokersFormOneClusterBehindOneGateway() {
        List<String> brokers = List.of("camunda", "camunda-1", "camunda-2");
        assertThat(services(cluster)).containsOnlyKeys(brokers);

        Set<String> nodeIds = new HashSet<>();
        for (String broker : brokers) {
            Map<String, String> env = environment(broker, broker.equals("camunda") ? compose : Map.of(), cluster);
            nodeIds.add(env.get("ZEEBE_BROKER_CLUSTER_NODEID"));
            assertThat(env).as(broker)
                    .containsEntry("ZEEBE_BROKER_CLUSTER_CLUSTERSIZE", String.valueOf(brokers.size()))
                    .containsEntry("ZEEBE_BROKER_NETWORK_ADVERTISEDHOST", broker)
                    .containsEntry("CAMUNDA_DATA_SECONDARYSTORAGE_TYPE", "elasticsearch");
            assertThat(Integer.parseInt(env.get("ZEEBE_BROKER_CLUSTER_REPLICATIONFACTOR"))).isBetween(1, brokers.size());
            assertThat(env.get("ZEEBE_BROKER_CLUSTER_INITIALCONTACTPOINTS").split(","))
                    .containsExactlyInAnyOrderElementsOf(brokers.stream().map(b -> b + ":26502").toList());
            boolean gateway = !"false".equals(env.get("ZEEBE_BROKER_GATEWAY_ENABLE"));
            assertThat(gateway).as(broker + " serves the gateway").isEqualTo(broker.equals("camunda"));
            assertThat(env.get("CAMUNDA_SECURITY_AUTHORIZATIONS_ENABLED"))
                    .isEqualTo(environment("camunda", compose).get("CAMUNDA_SECURITY_AUTHORIZATIONS_ENABLED"));
        }
        assertThat(nodeIds).containsExactlyInAnyOrder("0", "1", "2");
    }

    @Test
    void theDockerfileBuildsWithTheWrapperAndRunsAsAnUnprivilegedUser() {
        String dockerfile = dockerfile();
        assertThat(Pattern.compile("(?m)^FROM ").matcher(dockerfile).results().count()).as("multi-stage").isEqualTo(2);
        assertThat(dockerfile)
                .contains("./mvnw -B -q -DskipTests -pl service -am package")
                .containsPattern("(?m)^USER verhuurtoezicht$")
                .containsPattern("(?m)^HEALTHCHECK .*\\n\\s+CMD .*/actuator/health")
                .containsPattern("ARG JDK_IMAGE=eclipse-temurin:17\\.\\d+\\.\\d+_\\d+-jdk")
                .containsPattern("ARG JRE_IMAGE=eclipse-temurin:17\\.\\d+\\.\\d+_\\d+-jre");
    }

    private static String dockerfile() {
        try {
            return Files.readString(ComposeFiles.DOCKERFILE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
