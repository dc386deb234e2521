package nl.verhuurtoezicht.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded default keeps its data. Only used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir root of everything the system stores locally; PostgreSQL lives in {@code <dataDir>/postgres}
 * @param embeddedDbPort port of the embedded PostgreSQL on 127.0.0.1; 0 picks a free one
 */
@ConfigurationProperties("verhuurtoezicht")
public record EmbeddedDatabaseProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedDbPort) {

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }
}
