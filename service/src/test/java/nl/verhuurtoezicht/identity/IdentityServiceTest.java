package nl.verhuurtoezicht.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service like {@code ServiceTest}, but sending mail over SMTP to an in-process GreenMail server, with a
 * clock the test can move, and in demo mode. All classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"verhuurtoezicht.data-dir=target/test-data/${random.uuid}", "verhuurtoezicht.demo=true"})
@ContextConfiguration(initializers = GreenMailServer.class)
@Import(MutableClock.Configuration.class)
public @interface IdentityServiceTest {
}
