/**
 * Mail for every module. When no SMTP server is configured ({@code spring.mail.host} empty, as for
 * {@code ./mvnw spring-boot:run}), the application's {@code JavaMailSender} keeps each message in an
 * outbox (sealed at rest, the newest {@code tipnet.mail.outbox.keep}) that system administrators
 * read on the Outbox page, so a new installation shows what it would have sent. Modules send through
 * Spring's {@code JavaMailSender} and never depend on this module.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "common", "audit" })
package th.tipnet.notify;

import org.springframework.modulith.ApplicationModule;
