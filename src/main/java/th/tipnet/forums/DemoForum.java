package th.tipnet.forums;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationSummary;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventSummary;
import th.tipnet.events.EventType;

/**
 * The demo data's forum: "Let's Talk TIP" of the Royal Thai Police's anti-trafficking centre (seed 004),
 * recorded on the demo forum event the events module plans, with the organisations the article names as
 * present and the agenda of the day. The article names no single problem or recommendation, so none is
 * made up; nor a chair with an account, so the forum waits for one. Runs once the application is ready
 * (after the demo events), only when such an event exists without a forum; {@code tipnet.demo-data=false}
 * switches it off.
 */
@Component
class DemoForum {

	/** The demo forum events' slugs start so (see the events module's demo data). */
	static final String EVENT_SLUG_PREFIX = "lets-talk-tip-";

	/** The organisations the article names as present, by their reference keys. */
	static final List<String> PRESENT = List.of("rtp-tatip", "moi", "dopa", "msdhs", "dof", "oag-htlo", "doe", "dlpw",
			"us-embassy", "mirror-foundation", "spring-project", "hug-project", "stella-maris", "our-foundation", "a21",
			"rapha-international", "nfat");

	static final String AGENDA = """
			09:00 ลงทะเบียน
			09:30 กล่าวเปิดงาน โดยผู้อำนวยการศูนย์พิทักษ์เด็ก สตรี ครอบครัว ป้องกันและปราบปรามการค้ามนุษย์ และภาคประมง สำนักงานตำรวจแห่งชาติ
			10:00 ภาครัฐ ภาคเอกชน และภาคประชาสังคม เสนอปัญหาที่พบในการปฏิบัติงานและข้อเสนอแนะ
			11:15 แลกเปลี่ยนและสร้างเครือข่ายการประสานงาน
			12:00 ปิดงาน""";

	private final ForumRecords records;

	private final EventPlanning planning;

	private final Directory directory;

	private final boolean enabled;

	DemoForum(ForumRecords records, EventPlanning planning, Directory directory,
			@Value("${tipnet.demo-data:true}") boolean enabled) {
		this.records = records;
		this.planning = planning;
		this.directory = directory;
		this.enabled = enabled;
	}

	@EventListener
	public void on(ApplicationReadyEvent ready) {
		if (!enabled) {
			return;
		}
		planning.publishedSummaries()
			.stream()
			.filter(e -> e.type() == EventType.FORUM && e.slug().startsWith(EVENT_SLUG_PREFIX))
			.min(Comparator.comparing(EventSummary::startsAt))
			.filter(e -> !records.recorded(e.id().value()))
			.ifPresent(e -> records.recordAsSystem(e.id().value(), present(), AGENDA));
	}

	private List<UUID> present() {
		return PRESENT.stream()
			.map(directory::summaryByReferenceKey)
			.flatMap(java.util.Optional::stream)
			.map(o -> o.id().value())
			.toList();
	}
}
