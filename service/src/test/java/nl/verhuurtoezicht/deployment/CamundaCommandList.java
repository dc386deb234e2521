package nl.verhuurtoezicht.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The allow-list {@code deployment/camunda-8.8-client-commands.txt}: every Camunda client command the service may use,
 * with the gateway endpoint that serves it in Camunda 8.8.
 */
record CamundaCommandList(Map<String, Entry> entries) {

    static final String RESOURCE = "/deployment/camunda-8.8-client-commands.txt";

    /** {@code member} is {@code CamundaClient.newX}, {@code JobClient.newX} or {@code @Annotation}. */
    record Entry(String member, String transport, List<String> rpcs, String restEndpoint) {

        boolean grpc() {
            return transport.equals("grpc");
        }
    }

    static CamundaCommandList load() {
        try (InputStream in = CamundaCommandList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CamundaCommandList parse(String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\s+", 3);
            if (columns.length < 3) {
                throw new IllegalArgumentException("Expected '<member> grpc <Rpc,...>' or '<member> rest <METHOD> <path>': " + line);
            }
            Entry entry = switch (columns[1]) {
                case "grpc" -> new Entry(columns[0], "grpc", Arrays.asList(columns[2].split(",")), null);
                case "rest" -> new Entry(columns[0], "rest", List.of(), columns[2]);
                default -> throw new IllegalArgumentException("Transport must be grpc or rest: " + line);
            };
            if (entries.put(entry.member(), entry) != null) {
                throw new IllegalArgumentException("Listed twice: " + entry.member());
            }
        }
        return new CamundaCommandList(Map.copyOf(entries));
    }

    boolean allows(String member) {
        return entries.containsKey(member);
    }
}
