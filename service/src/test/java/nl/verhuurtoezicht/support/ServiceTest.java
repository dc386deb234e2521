package nl.verhuurtoezicht.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port with its own embedded PostgreSQL in a fresh directory under target/.
 * All test classes carrying this annotation share one application context (and one database), and one
 * {@link nl.verhuurtoezicht.engine.ControllableClock} that service and engine both read: inject it and
 * call {@code advance(...)} to move time forward; the engine fires what became due on its next timer tick
 * (every 100 ms), so wait for the effect (e.g. with {@link ProcessPath}) rather than assuming it happened.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "verhuurtoezicht.data-dir=target/test-data/${random.uuid}")
@Import(TestClockConfiguration.class)
public @interface ServiceTest {
}
