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
	void formFieldsHoldDatesInTheReadersEraAndReadEither() {
		assertThat(dates.typed(campaignDay, Languages.THAI)).isEqualTo("05/06/2567");
		assertThat(dates.typed(campaignDay, Locale.ENGLISH)).isEqualTo("05/06/2024");
		assertThat(dates.typed(Instant.parse("2024-06-05T01:30:00Z"), Languages.THAI)).isEqualTo("05/06/2567 08:30");
		// A leap day stays a leap day (2567 B.E. is 2024 C.E.).
		assertThat(dates.typed(LocalDate.of(2024, 2, 29), Languages.THAI)).isEqualTo("29/02/2567");
		assertThat(Dates.read("29/02/2567").orElseThrow().date()).isEqualTo(LocalDate.of(2024, 2, 29));

		assertThat(Dates.read("5/6/2567").orElseThrow().date()).isEqualTo(campaignDay);
		assertThat(Dates.read("05/06/2024").orElseThrow().date()).isEqualTo(campaignDay);
		assertThat(Dates.read(" 5/6/2567 8.30 ").orElseThrow().dateTime()).isEqualTo(campaignDay.atTime(8, 30));
		assertThat(Dates.read("05/06/2024 08:30").orElseThrow().dateTime()).isEqualTo(campaignDay.atTime(8, 30));
		assertThat(Dates.read("2024-06-05").orElseThrow().date()).isEqualTo(campaignDay);
		assertThat(Dates.read("2024-06-05T08:30").orElseThrow().time()).isEqualTo(java.time.LocalTime.of(8, 30));
		assertThat(Dates.read("05/06/2567").orElseThrow().time()).isNull();
	}

	@Test
	void aDateThatDoesNotExistOrIsNotWrittenAsADateIsUnreadable() {
		assertThat(Dates.read("31/04/2567")).isEmpty();
		assertThat(Dates.read("29/02/2568")).isEmpty();
		assertThat(Dates.read("5-6-2567")).isEmpty();
		assertThat(Dates.read("05/06/0024")).isEmpty();
		assertThat(Dates.read("05/06/2567 25:00")).isEmpty();
		assertThat(Dates.read("tomorrow")).isEmpty();
		assertThat(Dates.read("  ")).isEmpty();
	}

	@Test
	void printsNothingForNoDate() {
		assertThat(dates.date(null, Languages.THAI)).isEmpty();
	}

	@Test
	void acceptsOnlyTheYears1900To2200WhicheverWayADateComesIn() {
		assertThat(Dates.read("+999999999-12-31")).isEmpty();
		assertThat(Dates.read("31/12/1899")).isEmpty();
		assertThat(Dates.read("01/01/2744")).as("2201 C.E. in the Buddhist Era").isEmpty();
		assertThat(Dates.read("01/01/2743")).isPresent();
		assertThat(Dates.read("1900-01-01")).isPresent();
		assertThat(Dates.accepted(java.time.Instant.MAX)).isFalse();
		assertThat(Dates.accepted(java.time.Instant.parse("2200-12-31T16:59:59Z"))).isTrue();
		assertThat(Dates.accepted(java.time.Instant.parse("2200-12-31T17:00:00Z"))).as("2201 in Bangkok").isFalse();
	}
}
