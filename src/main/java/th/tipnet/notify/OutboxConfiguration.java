package th.tipnet.notify;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Without a mail server ({@code spring.mail.host} and {@code spring.mail.jndi-name} empty) the
 * {@code JavaMailSender} keeps mail in the outbox. With one, Spring Boot's sender is used and this
 * bean is not made (Boot makes its own only when there is no {@code JavaMailSender} yet, and this
 * configuration is read before Boot's).
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	@Conditional(NoMailServer.class)
	JavaMailSender outboxMailSender(Outbox outbox) {
		return new OutboxMailSender(outbox);
	}

	static final class NoMailServer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var env = context.getEnvironment();
			return !StringUtils.hasText(env.getProperty("spring.mail.host"))
					&& !StringUtils.hasText(env.getProperty("spring.mail.jndi-name"));
		}
	}
}
