package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.IntegrationTest;

/**
 * The event's organisers name who signs its certificates on a small form: a missing Thai name or position
 * is a 422 naming the field, nothing saved; another organisation's organiser is refused.
 */
@IntegrationTest
class EventSignatoryIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	Directory directory;

	@Autowired
	CertificateSignatories signatories;

	@Test
	void organisersNameTheSignatoryAndAMissingFieldIsNamed() throws Exception {
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		Authentication organiser = accounts.authentication(accounts.createIn(division, null, "sign-org", Role.EVENT_ORGANISER));
		Event event = plan(organiser, division);
		String path = "/events/" + event.slug() + "/organise/signatory";

		MvcResult refused = mvc.perform(post(path).with(csrf()).with(authentication(organiser)).param("nameTh", "")
			.param("positionTh", "ผู้อำนวยการ").param("nameEn", "Ms A").param("positionEn", "")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("aria-invalid=\"true\"").contains("id=\"nameTh\"");
		assertThat(signatories.of(event.id())).isEmpty();

		MvcResult saved = mvc.perform(post(path).with(csrf()).with(authentication(organiser)).param("nameTh", " นายสมชาย ใจดี ")
			.param("positionTh", "ผู้อำนวยการ").param("nameEn", "").param("positionEn", "")).andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(signatories.of(event.id())).get().satisfies(s -> {
			assertThat(s.nameTh()).isEqualTo("นายสมชาย ใจดี");
			assertThat(s.name(Locale.ENGLISH)).isEqualTo("นายสมชาย ใจดี");
		});
		assertThat(mvc.perform(get(path).with(authentication(organiser))).andReturn().getResponse().getContentAsString())
			.contains("value=\"นายสมชาย ใจดี\"");

		UUID elsewhere = directory.organisationByReferenceKey("msdhs-1300").orElseThrow().id();
		Authentication stranger = accounts.authentication(accounts.createIn(elsewhere, null, "sign-other", Role.EVENT_ORGANISER));
		MvcResult denied = mvc.perform(post(path).with(csrf()).with(authentication(stranger)).param("nameTh", "นายอื่น")
			.param("positionTh", "ผู้อำนวยการ")).andReturn();
		assertThat(denied.getResponse().getStatus()).isIn(403, 404);
		assertThat(signatories.of(event.id()).orElseThrow().nameTh()).isEqualTo("นายสมชาย ใจดี");
	}

	private Event plan(Authentication organiser, UUID division) {
		SecurityContextHolder.getContext().setAuthentication(organiser);
		try {
			Instant now = Instant.now();
			return planning.plan(new EventPlan("sign-" + UUID.randomUUID().toString().substring(0, 8), EventType.FORUM,
					"เวทีทดสอบผู้ลงนาม", "Signatory (test)", null, null, now.plus(Duration.ofDays(2)),
					now.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)), "ศูนย์ราชการ", null, null, null, null, null, 50, 50,
					now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), division, java.util.Set.of(),
					List.of(new AgendaItem("09:00", "เปิดเวที", "Opening", null)),
					List.of(new ParticipantGroup("NGO", "องค์กรพัฒนาเอกชน", "NGOs", null, null, false))));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
