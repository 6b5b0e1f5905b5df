package th.tipnet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on the test database (H2, or PostgreSQL in the PostgreSQL
 * run). Every test class with this annotation shares one context, so keep test data independent:
 * create your own users and organisations with unique names. The clock is a {@link TestClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tipnet.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
		"tipnet.crypto.key=q83vEjRWeJDL3u3+hJ8qs8WTzMBkOMj6v0KfWhJ1sKg=",
		"tipnet.crypto.index-key=" + IntegrationTest.INDEX_KEY,
		"tipnet.data-dir=target/test-data",
		"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
		"tipnet.login.free-failures-per-address=1000",
		"tipnet.password-reset.free-requests-per-address=1000",
		// Every test client is 127.0.0.1: the registration limits are high here (PublicFormsLimitsIT tests them).
		"tipnet.events.registration-limit.per-address=1000000",
		"tipnet.events.registration-limit.per-event=1000000",
		// The same for checking certificates (VerificationThrottleTest tests the limit).
		"tipnet.certificates.verify-limit=1000000",
		"tipnet.public-url=" + IntegrationTest.PUBLIC_URL,
		"logging.level.root=WARN",
		"logging.level.th.tipnet=INFO" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestClock.Configuration.class)
public @interface IntegrationTest {

	/** The blind-index key of every test instance (they share databases, so they must agree). */
	String INDEX_KEY = "mZtV0n1pUHn8n1b6k9kJ3xJq0m8m7k2VvX1h3b5c7dE=";

	String ADMIN_PASSWORD = "Admin-password-for-tests-1";

	/** The site's configured address: every absolute link in mails and calendar files starts with it. */
	String PUBLIC_URL = "http://localhost:8080";
}
