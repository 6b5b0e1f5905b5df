package th.tipnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DatesTest {

	private final Dates dates = new Dates();

	private final LocalDate campaignDay = LocalDate.of(2024, 6, 5);

	@Test
	void printsThaiDatesInTheBuddhistEra() {
		assertThat(dates.date(campaignDay, Languages.THAI)).isEqualTo("5 มิ.ย. 2567");
		assertThat(dates.fullDate(campaignDay, Languages.THAI)).isEqualTo("พุธ 5 มิถุนายน 2567");
	}

	@Test
	void printsEnglishDatesInTheCommonEra() {
		assertThat(dates.date(campaignDay, Locale.ENGLISH)).isEqualTo("5 Jun 2024");
		assertThat(dates.fullDate(campaignDay, Locale.ENGLISH)).isEqualTo("Wednesday 5 June 2024");
	}

	@Test
	void printsInstantsInBangkokTime() {
		// 01:30 UTC is 08:30 in Bangkok, when the campaign day opened.
		Instant opening = Instant.parse("2024-06-05T01:30:00Z");
		assertThat(dates.dateTime(opening, Languages.THAI)).isEqualTo("5 มิ.ย. 2567 08:30");
		// 20:00 UTC on the 4th is already the 5th in Bangkok.
		assertThat(dates.date(Instant.parse("2024-06-04T20:00:00Z"), Locale.ENGLISH)).isEqualTo("5 Jun 2024");
	}

	@Test
	void printsNothingForNoDate() {
		assertThat(dates.date(null, Languages.THAI)).isEmpty();
	}
}
