package th.tipnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.WebVisitor;

/** The home page's "today" is the application's day, in the Buddhist Era in Thai, whatever the machine's clock says. */
@IntegrationTest
class HomePageIT {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	Dates dates;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void todayIsTheApplicationsDayInTheBuddhistEra() {
		clock.advance(Duration.ofDays(40));
		LocalDate day = LocalDate.ofInstant(clock.instant(), Dates.BANGKOK);
		String home = new WebVisitor(port).speaking("th").get("/").body();
		assertThat(home).contains("datetime=\"" + day + "\"").contains(dates.fullDate(day, Languages.THAI))
			.contains(String.valueOf(day.getYear() + 543));
	}
}
