package th.tipnet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * One module with the modules it depends on directly, and nothing else, on the test database (H2,
 * or PostgreSQL in the PostgreSQL run): for what a module announces and how it reacts to what
 * others announce, driven by Modulith's {@code Scenario}. A missing bean of an undeclared dependency
 * fails the context, so such a test also proves the module's declared dependencies are enough.
 * Paths that cross several modules stay in {@link IntegrationTest}s of the whole application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(locations = "classpath:integration-test.properties")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestClock.Configuration.class)
public @interface ModuleTest {
}
