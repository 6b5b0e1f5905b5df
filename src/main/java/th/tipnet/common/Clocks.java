package th.tipnet.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" for decisions that depend on time (registration windows, offer expiry,
 * check-in times): UTC system time here, a clock the tests can move forward in the tests.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
