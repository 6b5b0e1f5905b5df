package th.tipnet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random port, on the test database (H2, or PostgreSQL in the PostgreSQL
 * run). Every test class with this annotation shares one context, so keep test data independent:
 * create your own users and organisations with unique names. The clock is a {@link TestClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:integration-test.properties")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestClock.Configuration.class)
public @interface IntegrationTest {

	/**
	 * The blind-index key of every test instance (they share databases, so they must agree); the same
	 * as {@code tipnet.crypto.index-key} in {@code integration-test.properties}.
	 */
	String INDEX_KEY = "mZtV0n1pUHn8n1b6k9kJ3xJq0m8m7k2VvX1h3b5c7dE=";

	/** The same as {@code tipnet.admin.password} in {@code integration-test.properties}. */
	String ADMIN_PASSWORD = "Admin-password-for-tests-1";

	/**
	 * The site's configured address: every absolute link in mails and calendar files starts with it
	 * ({@code tipnet.public-url} in {@code integration-test.properties}).
	 */
	String PUBLIC_URL = "http://localhost:8080";
}
