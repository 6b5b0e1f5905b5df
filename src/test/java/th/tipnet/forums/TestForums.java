package th.tipnet.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;

/**
 * A forum's people for the forums tests: the organising centre's event organiser (who plans the forum event),
 * a member of the centre to chair it, and the organisations present from three sectors.
 */
public class TestForums {

	public final TestAccounts accounts;

	public final Directory directory;

	public final int port;

	/** The Royal Thai Police's anti-trafficking centre, which holds "Let's Talk TIP". */
	public final UUID centre;

	public final TestAccounts.Account organiser;

	public final TestAccounts.Account chair;

	public final Api organiserApi;

	public TestForums(ApplicationContext context, int port) {
		this.port = port;
		this.accounts = new TestAccounts(context);
		this.directory = context.getBean(Directory.class);
		this.centre = organisation("rtp-tatip");
		this.organiser = accounts.createIn(centre, null, "forum-organiser", Role.EVENT_ORGANISER);
		this.chair = accounts.createIn(centre, null, "forum-chair", Role.MEMBER);
		this.organiserApi = new Api(port).withToken(accounts.token(organiser));
	}

	public UUID organisation(String key) {
		return directory.organisationByReferenceKey(key).orElseThrow().id();
	}

	public Api as(TestAccounts.Account account) {
		return new Api(port).withToken(accounts.token(account));
	}

	/** A forum event of the centre starting in {@code startsIn}. */
	public UUID planForumEvent(String titleEn, Duration startsIn) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> event = new HashMap<>();
		event.put("slug", "forum-" + UUID.randomUUID().toString().substring(0, 8));
		event.put("type", "FORUM");
		event.put("titleTh", "เวทีทดสอบ " + titleEn);
		event.put("titleEn", titleEn);
		event.put("startsAt", now.plus(startsIn).toString());
		event.put("endsAt", now.plus(startsIn).plus(Duration.ofHours(3)).toString());
		event.put("onsiteCapacity", 100);
		event.put("onlineCapacity", 0);
		event.put("registrationOpensAt", now.minus(Duration.ofHours(1)).toString());
		event.put("registrationClosesAt", now.plus(startsIn.dividedBy(2)).toString());
		event.put("ownerOrganisationId", centre.toString());
		event.put("organiserIds", Set.of());
		event.put("agenda", List.of(Map.of("startsAt", "09:00", "titleTh", "เปิดงาน", "titleEn", "Opening")));
		event.put("groups", List.of(Map.of("code", "ALL", "nameTh", "ผู้เข้าร่วม", "nameEn", "Participants", "onsiteQuota", 100,
				"invitationOnly", false)));
		Api.Response r = organiserApi.post("/api/v1/events", event);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return UUID.fromString(r.json().get("id").asString());
	}

	/** The organisations present at the test forums: government, civil society and the private sector. */
	public List<String> present() {
		return List.of(centre.toString(), organisation("dof").toString(), organisation("mirror-foundation").toString(),
				organisation("nfat").toString());
	}

	/** Records a forum of the event with the usual chair and organisations; answers its id. */
	public UUID record(UUID event) {
		Map<String, Object> body = new HashMap<>();
		body.put("eventId", event.toString());
		body.put("chairUserId", chair.id().toString());
		body.put("organisationIds", present());
		body.put("agenda", "09:00 เปิดงาน\n10:00 แต่ละภาคส่วนเสนอปัญหาและข้อเสนอแนะ");
		body.put("minutes", "ที่ประชุมรับทราบปัญหาของแต่ละภาคส่วน");
		Api.Response r = organiserApi.post("/api/v1/forums", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return UUID.fromString(r.json().get("id").asString());
	}

	public static Map<String, Object> input(String organisationId, String kind, String theme, String text, List<String> provinces) {
		Map<String, Object> body = new HashMap<>();
		body.put("organisationId", organisationId);
		body.put("kind", kind);
		body.put("theme", theme);
		body.put("text", text);
		body.put("provinces", provinces);
		return body;
	}
}
