package th.tipnet.awards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;

/**
 * The demo awards: the round of Anti-Human Trafficking Day 2567 as the Ministry announced it (29
 * awards in 4 categories: model person 3, outstanding person 15, outstanding agency 6, model province
 * driving the National Referral Mechanism 5, each a plaque and prize money), and this year's round,
 * open for nominations from yesterday for six weeks, so a fresh installation can be tried whatever
 * the date. The announcement gives neither the amounts nor the windows: those here are examples.
 *
 * <p>Runs once the application is ready; a year that has its round already is left alone, so a
 * restart (or a second instance) adds nothing; {@code tipnet.demo-data=false} switches it off.
 */
@Component
class DemoAwards {

	private static final Logger log = LoggerFactory.getLogger(DemoAwards.class);

	static final int DAY_2567 = 2567;

	private final Awards awards;

	private final AwardRounds rounds;

	private final Clock clock;

	private final boolean enabled;

	DemoAwards(Awards awards, AwardRounds rounds, Clock clock, @Value("${tipnet.demo-data:true}") boolean enabled) {
		this.awards = awards;
		this.rounds = rounds;
		this.clock = clock;
		this.enabled = enabled;
	}

	@EventListener
	public void on(ApplicationReadyEvent ready) {
		if (!enabled) {
			return;
		}
		openOnce(new AwardRound.Plan(DAY_2567, "รางวัลวันต่อต้านการค้ามนุษย์ ประจำปี 2567",
				"Anti-Human Trafficking Day Awards 2024",
				new Windows(bangkok(2024, 2, 1, 8, 30), bangkok(2024, 3, 15, 16, 30), bangkok(2024, 3, 22, 8, 30),
						bangkok(2024, 4, 30, 16, 30), bangkok(2024, 6, 5, 8, 30)),
				false, categories()));
		LocalDate today = LocalDate.now(clock.withZone(Dates.BANGKOK));
		int yearBe = today.getYear() + 543;
		Instant opens = today.minusDays(1).atStartOfDay(Dates.BANGKOK).toInstant();
		Instant closes = today.plusWeeks(6).atTime(16, 30).atZone(Dates.BANGKOK).toInstant();
		LocalDate judging = today.plusWeeks(7);
		openOnce(new AwardRound.Plan(yearBe, "รางวัลวันต่อต้านการค้ามนุษย์ ประจำปี " + yearBe,
				"Anti-Human Trafficking Day Awards " + today.getYear(),
				new Windows(opens, closes, judging.atTime(8, 30).atZone(Dates.BANGKOK).toInstant(),
						judging.plusWeeks(4).atTime(16, 30).atZone(Dates.BANGKOK).toInstant(),
						judging.plusWeeks(8).atTime(8, 30).atZone(Dates.BANGKOK).toInstant()),
				true, categories()));
	}

	private void openOnce(AwardRound.Plan plan) {
		if (rounds.existsByYearBe(plan.yearBe())) {
			return;
		}
		try {
			awards.openAsSystem(plan);
		}
		catch (DataIntegrityViolationException | DomainException e) {
			// Another instance opened it at the same moment: one round a year is enough.
			log.info("Demo award round {} not opened here: {}", plan.yearBe(), e.getClass().getSimpleName());
		}
	}

	private static Instant bangkok(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute)).atZone(Dates.BANGKOK).toInstant();
	}

	private static final EligibilityItem CONSENT = new EligibilityItem("ผู้ถูกเสนอชื่อยินยอมให้เสนอชื่อและเปิดเผยชื่อเมื่อได้รับรางวัล",
			"The nominee consents to the nomination and to being named if they win");

	private static final EligibilityItem NOT_RECENT = new EligibilityItem("ไม่เคยได้รับรางวัลประเภทเดียวกันในช่วง 3 ปีที่ผ่านมา",
			"Has not received an award in this category in the past three years");

	private static final EligibilityItem PERSON_YEARS = new EligibilityItem(
			"ปฏิบัติงานด้านการป้องกันและปราบปรามการค้ามนุษย์ต่อเนื่องไม่น้อยกว่า 3 ปี",
			"At least three years' continuous work against human trafficking");

	private static final EligibilityItem CLEAN_RECORD = new EligibilityItem("ไม่อยู่ระหว่างถูกสอบสวนทางวินัยหรือถูกดำเนินคดีอาญา",
			"Not under disciplinary investigation or criminal prosecution");

	static List<AwardCategory.Plan> categories() {
		return List.of(
				new AwardCategory.Plan("MODEL_PERSON", "บุคคลต้นแบบ", "Model person", NomineeKind.PERSON, 3, true,
						new BigDecimal("20000"),
						"อุทิศตนต่อการป้องกันและปราบปรามการค้ามนุษย์อย่างต่อเนื่อง เป็นแบบอย่างแก่ผู้ปฏิบัติงาน และมีผลงานที่ขยายผลได้",
						"Lasting dedication against human trafficking, an example to practitioners, with work others can build on",
						List.of(PERSON_YEARS, CLEAN_RECORD, NOT_RECENT, CONSENT)),
				new AwardCategory.Plan("OUTSTANDING_PERSON", "บุคคลดีเด่น", "Outstanding person", NomineeKind.PERSON, 15, true,
						new BigDecimal("10000"),
						"มีผลงานโดดเด่นในปีที่ผ่านมาด้านการคุ้มครองผู้เสียหาย การดำเนินคดี หรือการป้องกันการค้ามนุษย์",
						"Outstanding results in the past year in protecting victims, prosecution or prevention",
						List.of(PERSON_YEARS, CLEAN_RECORD, NOT_RECENT, CONSENT)),
				new AwardCategory.Plan("OUTSTANDING_AGENCY", "หน่วยงานดีเด่น", "Outstanding agency", NomineeKind.ORGANISATION, 6,
						true, new BigDecimal("30000"),
						"หน่วยงานที่มีผลการดำเนินงานโดดเด่น ทำงานร่วมกับเครือข่าย และมีนวัตกรรมในการต่อต้านการค้ามนุษย์",
						"An agency with outstanding results, working with the network, and innovating against trafficking",
						List.of(new EligibilityItem("เป็นหน่วยงานในทำเนียบเครือข่ายที่ดำเนินงานในประเทศไทยไม่น้อยกว่า 3 ปี",
								"A network organisation working in Thailand for at least three years"), NOT_RECENT,
								new EligibilityItem("มีหนังสือยินยอมจากหัวหน้าหน่วยงาน", "A letter of consent from the agency's head"))),
				new AwardCategory.Plan("MODEL_PROVINCE", "จังหวัดต้นแบบขับเคลื่อนกลไกการส่งต่อระดับชาติ",
						"Model province driving the National Referral Mechanism", NomineeKind.PROVINCE, 5, true,
						new BigDecimal("50000"),
						"การคัดแยกผู้เสียหายทันเวลา การส่งต่อที่ได้รับการตอบรับและเสร็จสิ้น และการทำงานร่วมกันของทีมสหวิชาชีพในจังหวัด",
						"Timely identification, referrals accepted and completed, and the province's multidisciplinary teams working together",
						List.of(new EligibilityItem("มีทีมสหวิชาชีพระดับจังหวัดที่ปฏิบัติงานตลอดปี",
								"A provincial multidisciplinary team at work throughout the year"),
								new EligibilityItem("ผู้ว่าราชการจังหวัดเห็นชอบการเสนอชื่อ", "The provincial governor endorses the nomination"),
								NOT_RECENT)));
	}
}
