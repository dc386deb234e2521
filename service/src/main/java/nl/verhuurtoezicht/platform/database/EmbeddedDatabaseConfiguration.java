package nl.verhuurtoezicht.platform.database;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The embedded default: a PostgreSQL on the local data directory when no {@code spring.datasource.url} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties.postgresDir(), properties.embeddedDbPort());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        return DataSourceBuilder.create()
                .url(server.jdbcUrl())
                .username("postgres")
                .password("")
                .build();
    }
}
