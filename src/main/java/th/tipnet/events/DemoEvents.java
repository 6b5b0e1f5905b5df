package th.tipnet.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.tipnet.directory.Directory;
import th.tipnet.directory.ReferenceDataLoaded;

/**
 * A fresh install shows a real example: Anti-Human Trafficking Day 2567, as the Ministry announced
 * it (Wednesday 5 June 2567, 08:30–12:00, Phoenix Ballroom, IMPACT, Nonthaburi; 400 onsite and 400
 * online from the named groups). Created once; {@code tipnet.demo-data=false} switches it off.
 */
@Component
class DemoEvents {

	static final String SLUG = "anti-trafficking-day-2567";

	private final EventPlanning planning;

	private final Directory directory;

	private final boolean enabled;

	DemoEvents(EventPlanning planning, Directory directory, @Value("${tipnet.demo-data:true}") boolean enabled) {
		this.planning = planning;
		this.directory = directory;
		this.enabled = enabled;
	}

	@EventListener
	public void on(ReferenceDataLoaded loaded) {
		if (!enabled || planning.exists(SLUG)) {
			return;
		}
		var division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow();
		var ministry = directory.organisationByReferenceKey("msdhs").orElseThrow();
		planning.planAsSystem(new EventPlan(SLUG, EventType.CAMPAIGN_DAY,
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
				OffsetDateTime.parse("2024-06-04T17:00:00+07:00").toInstant(), division.id(), Set.of(ministry.id()),
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
						group("MEDIA", "สื่อมวลชน", "Media", false))));
	}

	private static ParticipantGroup group(String code, String th, String en, boolean invitationOnly) {
		return new ParticipantGroup(code, th, en, null, null, invitationOnly);
	}
}
