package th.tipnet.events;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.tipnet.common.Dates;
import th.tipnet.directory.Directory;
import th.tipnet.directory.ReferenceDataLoaded;

/**
 * A fresh install shows a real example: Anti-Human Trafficking Day 2567, as the Ministry announced
 * it (Wednesday 5 June 2567, 08:30–12:00, Phoenix Ballroom, IMPACT, Nonthaburi; 400 onsite and 400
 * online from the named groups). Created once; {@code tipnet.demo-data=false} switches it off.
 * <p>
 * That day is over, so a new user also finds two events ahead of the application's clock, open
 * for registration at once: the next Anti-Human Trafficking Day (5 June) on the same programme,
 * and a "Let's Talk TIP" forum of the Royal Thai Police's anti-trafficking centre (ศพดส.ตร.) three
 * weeks on. Each start adds them again only when none of them lies ahead any more.
 */
@Component
class DemoEvents {

	static final String SLUG = "anti-trafficking-day-2567";

	private final EventPlanning planning;

	private final Directory directory;

	private final boolean enabled;

	private final Clock clock;

	DemoEvents(EventPlanning planning, Directory directory, @Value("${tipnet.demo-data:true}") boolean enabled,
			Clock clock) {
		this.planning = planning;
		this.directory = directory;
		this.enabled = enabled;
		this.clock = clock;
	}

	@EventListener
	public void on(ReferenceDataLoaded loaded) {
		if (!enabled) {
			return;
		}
		var division = directory.summaryByReferenceKey("msdhs-atip").orElseThrow();
		var ministry = directory.summaryByReferenceKey("msdhs").orElseThrow();
		if (!planning.exists(SLUG)) {
			planning.planAsSystem(campaignDay2567(division.id().value(), ministry.id().value()));
		}
		Instant now = clock.instant();
		LocalDate campaignDay = nextCampaignDay(now);
		String campaignSlug = CAMPAIGN_SLUG + (campaignDay.getYear() + 543);
		if (!planning.exists(campaignSlug)) {
			planning.planAsSystem(campaignDay(campaignSlug, campaignDay, now, division.id().value(), ministry.id().value()));
		}
		if (!planning.anyAhead(FORUM_SLUG, now)) {
			var centre = directory.summaryByReferenceKey("rtp-tatip").orElseThrow();
			var police = directory.summaryByReferenceKey("rtp").orElseThrow();
			LocalDate forumDay = nextForumDay(now);
			planning.planAsSystem(forum(FORUM_SLUG + forumDay, forumDay, now, centre.id().value(), police.id().value()));
		}
	}

	static final String CAMPAIGN_SLUG = "anti-trafficking-day-";

	static final String FORUM_SLUG = "lets-talk-tip-";

	/**
	 * The next 5 June (Bangkok) whose registration, closing at 17:00 the day before, is still open at
	 * {@code now}: a new user can always register for it.
	 */
	static LocalDate nextCampaignDay(Instant now) {
		LocalDate today = now.atZone(Dates.BANGKOK).toLocalDate();
		LocalDate day = MonthDay.of(Month.JUNE, 5).atYear(today.getYear());
		while (!closes(day).isAfter(now)) {
			day = day.plusYears(1);
		}
		return day;
	}

	/** A Wednesday at least three weeks ahead, as a forum is announced. */
	static LocalDate nextForumDay(Instant now) {
		return now.atZone(Dates.BANGKOK).toLocalDate().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(Dates.BANGKOK).toInstant();
	}

	/** Registration closes at 17:00 the day before. */
	private static Instant closes(LocalDate day) {
		return at(day.minusDays(1), 17, 0);
	}

	/** Registration opens at once (on the hour), so a new user may register today. */
	private static Instant opens(Instant now) {
		return now.truncatedTo(ChronoUnit.HOURS);
	}

	/** The next Anti-Human Trafficking Day on the programme of 2567, open for registration now. */
	static EventPlan campaignDay(String slug, LocalDate day, Instant now, UUID division, UUID ministry) {
		EventPlan model = campaignDay2567(division, ministry);
		int year = day.getYear() + 543;
		return new EventPlan(slug, EventType.CAMPAIGN_DAY, "วันรณรงค์ต่อต้านการค้ามนุษย์ ประจำปี " + year,
				"Anti-Human Trafficking Day " + day.getYear(),
				"วันต่อต้านการค้ามนุษย์ 5 มิถุนายน: แสดงเจตนารมณ์ Zero Tolerance ของรัฐบาลไทยในการป้องกันและปราบปรามการค้ามนุษย์ "
						+ "มอบรางวัลบุคคลต้นแบบ บุคคลดีเด่น หน่วยงานดีเด่น และจังหวัดต้นแบบขับเคลื่อนกลไกการส่งต่อระดับชาติ (NRM) "
						+ "พร้อมนิทรรศการผลงานและผลิตภัณฑ์จากฝีมือผู้เสียหายจากการค้ามนุษย์",
				"Anti-Human Trafficking Day, 5 June: the government's \"zero tolerance\" of human trafficking, awards for "
						+ "model persons, outstanding persons, outstanding agencies and model provinces driving the National Referral "
						+ "Mechanism (NRM), and an exhibition of their work and of products made by survivors of trafficking.",
				at(day, 8, 30), at(day, 12, 0), model.venueName(), model.venueRoom(), model.venueAddress(), null, null, null,
				model.onsiteCapacity(), model.onlineCapacity(), opens(now), closes(day), division, Set.of(ministry),
				model.agenda(), model.groups());
	}

	/** "Let's Talk TIP" as the Royal Thai Police held it (seed 004): a morning forum in the Sarasin room. */
	static EventPlan forum(String slug, LocalDate day, Instant now, UUID centre, UUID police) {
		return new EventPlan(slug, EventType.FORUM, "Let's Talk TIP: ขับเคลื่อนด้วยใจ ประเทศไทยไร้ค้ามนุษย์",
				"Let's Talk TIP: Driven by Heart, Thailand Free of Human Trafficking",
				"เวทีเสวนาระหว่างหน่วยงานภาครัฐ ภาคเอกชน และภาคประชาสังคมที่ร่วมกันแก้ไขปัญหาการค้ามนุษย์ "
						+ "แต่ละภาคส่วนแลกเปลี่ยนปัญหาที่พบในการปฏิบัติงานและข้อเสนอแนะ เพื่อเข้าใจข้อจำกัดของกันและกัน "
						+ "สร้างเครือข่ายผู้ปฏิบัติงาน และประสานงานกันได้รวดเร็วยิ่งขึ้น จัดโดยศูนย์พิทักษ์เด็ก สตรี ครอบครัว "
						+ "ป้องกันและปราบปรามการค้ามนุษย์ และภาคประมง สำนักงานตำรวจแห่งชาติ (ศพดส.ตร.)",
				"A forum of government agencies, the private sector and civil society working together against human "
						+ "trafficking: each raises the problems it meets in operations and its recommendations, so that agencies "
						+ "understand each other's limits, build a network of practitioners and coordinate faster. Held by the "
						+ "Royal Thai Police's Centre for the Protection of Children, Women and Families, Anti-Human Trafficking "
						+ "and Fisheries (TATIP).",
				at(day, 9, 0), at(day, 12, 0), "สำนักงานตำรวจแห่งชาติ", "ห้องสารสิน ชั้น 2 อาคาร 1",
				"ถนนพระรามที่ 1 แขวงวังใหม่ เขตปทุมวัน กรุงเทพมหานคร", null, null, null, 120, 0, opens(now), closes(day),
				centre, Set.of(police),
				List.of(new AgendaItem("09:00", "ลงทะเบียน", "Registration", null),
						new AgendaItem("09:30", "กล่าวเปิดงาน", "Opening",
								"ผู้อำนวยการศูนย์พิทักษ์เด็ก สตรี ครอบครัว ป้องกันและปราบปรามการค้ามนุษย์ และภาคประมง สำนักงานตำรวจแห่งชาติ"),
						new AgendaItem("10:00", "แต่ละภาคส่วนเสนอปัญหาในการปฏิบัติงานและข้อเสนอแนะ",
								"Each sector: problems met in operations and recommendations", null),
						new AgendaItem("11:15", "แลกเปลี่ยนและสร้างเครือข่ายการประสานงาน", "Discussion and the coordination network",
								null),
						new AgendaItem("12:00", "ปิดงาน", "Close", null)),
				List.of(group("GOVERNMENT", "หน่วยงานภาครัฐ", "Government agencies", false),
						group("PRIVATE_SECTOR", "ภาคเอกชน", "Private sector", false),
						group("CIVIL_SOCIETY", "ภาคประชาสังคมและมูลนิธิ", "Civil society and foundations", false),
						group("INTERNATIONAL", "องค์การระหว่างประเทศและสถานเอกอัครราชทูต",
								"International organisations and embassies", false),
						group("MEDIA", "สื่อมวลชน", "Media", false)));
	}

	private static EventPlan campaignDay2567(UUID division, UUID ministry) {
		return new EventPlan(SLUG, EventType.CAMPAIGN_DAY,
				"วันรณรงค์ต่อต้านการค้ามนุษย์ ประจำปี 2567", "Anti-Human Trafficking Day 2024",
				"แสดงเจตนารมณ์ Zero Tolerance ของรัฐบาลไทยในการป้องกันและปราบปรามการค้ามนุษย์ ภายใต้แนวคิด Together We Can "
						+ "\"Stop Cyber-Trafficking\" มอบรางวัลบุคคลต้นแบบ บุคคลดีเด่น หน่วยงานดีเด่น และจังหวัดต้นแบบขับเคลื่อนกลไกการส่งต่อระดับชาติ "
						+ "(NRM) รวม 29 รางวัล พร้อมนิทรรศการผลงานและผลิตภัณฑ์จากฝีมือผู้เสียหายจากการค้ามนุษย์ "
						+ "ถ่ายทอดสดผ่าน Facebook Live กองต่อต้านการค้ามนุษย์ สป.พม.",
				"The government's \"zero tolerance\" of human trafficking, under the theme Together We Can \"Stop "
						+ "Cyber-Trafficking\": 29 awards for model persons, outstanding persons, outstanding agencies and model "
						+ "provinces driving the National Referral Mechanism, an exhibition of their work and of products made by "
						+ "survivors of trafficking. Streamed on the Facebook Live of the Division of Anti-Trafficking in Persons.",
				OffsetDateTime.parse("2024-06-05T08:30:00+07:00").toInstant(),
				OffsetDateTime.parse("2024-06-05T12:00:00+07:00").toInstant(), "อาคารอิมแพ็ค เอ็กซิบิชั่น เซ็นเตอร์",
				"ห้องฟีนิกซ์ บอลรูม", "ถนนป๊อปปูล่า ตำบลบ้านใหม่ อำเภอปากเกร็ด จังหวัดนนทบุรี", null, null, null, 400, 400,
				OffsetDateTime.parse("2024-05-01T08:30:00+07:00").toInstant(),
				OffsetDateTime.parse("2024-06-04T17:00:00+07:00").toInstant(), division, Set.of(ministry),
				List.of(new AgendaItem("08:30", "ลงทะเบียนและชมนิทรรศการ", "Registration and exhibition", null),
						new AgendaItem("09:00", "พิธีเปิดและแสดงเจตนารมณ์ต่อต้านการค้ามนุษย์", "Opening and the anti-trafficking pledge",
								"รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
						new AgendaItem("09:45", "มอบรางวัล 4 ประเภท 29 รางวัล", "Awards: 4 categories, 29 awards", null),
						new AgendaItem("11:00", "ชมนิทรรศการและผลิตภัณฑ์จากฝีมือผู้เสียหาย", "Exhibition and survivors' products", null),
						new AgendaItem("12:00", "ปิดงาน", "Close", null)),
				List.of(group("ATIP_COMMITTEES", "คณะกรรมการป้องกันและปราบปรามการค้ามนุษย์และคณะกรรมการประสานและกำกับฯ",
						"National anti-trafficking committees", true),
						group("MSDHS_EXECUTIVES", "ผู้บริหารกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "MSDHS executives", true),
						group("GOVERNMENT", "หน่วยงานภาครัฐ", "Government agencies", false),
						group("NGO", "องค์กรพัฒนาเอกชน", "Non-governmental organisations", false),
						group("INTERNATIONAL", "องค์การระหว่างประเทศ", "International organisations", false),
						group("EMBASSIES", "สถานเอกอัครราชทูต", "Embassies", false),
						group("BMA", "กรุงเทพมหานคร", "Bangkok Metropolitan Administration", false),
						group("PROVINCIAL_OFFICES", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด 76 จังหวัด",
								"Provincial social development offices (76 provinces)", false),
						group("VOLUNTEERS", "อาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ (อพม.)", "MSDHS volunteers", false),
						group("HOMELESS", "ผู้แทนองค์กรคนไร้บ้าน", "Homeless people's organisations", false),
						group("LGBTQI", "กลุ่มเครือข่ายบุคคลที่มีความหลากหลายทางเพศ (LGBTQI)", "LGBTQI network", false),
						group("LABOUR_CONGRESS", "สภาองค์การลูกจ้างแรงงานแห่งประเทศไทย", "Labour Congress of Thailand", false),
						group("AWARD_WINNERS", "ผู้ได้รับรางวัล", "Award winners", true),
						group("MEDIA", "สื่อมวลชน", "Media", false)));
	}

	private static ParticipantGroup group(String code, String th, String en, boolean invitationOnly) {
		return new ParticipantGroup(code, th, en, null, null, invitationOnly);
	}
}
