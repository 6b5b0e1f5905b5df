package th.tipnet.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;

/** Without a mail server the application's sender keeps mail in the outbox; with one, Spring Boot's sends it. */
class OutboxConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(OutboxConfiguration.class)
		.withBean(Outbox.class, () -> new Outbox(null, null, null, null, 10));

	@Test
	void withoutAMailHostMailGoesToTheOutbox() {
		runner.run(context -> assertThat(context.getBean(JavaMailSender.class)).isInstanceOf(OutboxMailSender.class));
		runner.withPropertyValues("spring.mail.host=")
			.run(context -> assertThat(context.getBean(JavaMailSender.class)).isInstanceOf(OutboxMailSender.class));
	}

	@Test
	void withAMailHostMailIsSent() {
		runner.withPropertyValues("spring.mail.host=smtp.example.org").run(context -> {
			assertThat(context).hasSingleBean(JavaMailSender.class);
			assertThat(context.getBean(JavaMailSender.class)).isNotInstanceOf(OutboxMailSender.class);
		});
	}
}
