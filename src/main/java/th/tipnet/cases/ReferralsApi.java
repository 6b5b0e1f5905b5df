package th.tipnet.cases;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.DomainException;

/**
 * Referrals for case workers' systems. The sender (the case's lead organisation) refers and
 * withdraws; the receiver lists its incoming referrals, accepts, declines and completes. A referral
 * of any other organisation is 404, as one that does not exist; every answer is {@code no-store}.
 */
@RestController
@Tag(name = "Referrals (NRM)")
class ReferralsApi {

	private final ReferralDesk desk;

	private final CaseWorkers caseWorkers;

	ReferralsApi(ReferralDesk desk, CaseWorkers caseWorkers) {
		this.desk = desk;
		this.caseWorkers = caseWorkers;
	}

	@PostMapping("/api/v1/cases/{id}/referrals")
	@Operation(summary = "Refer a case the caller's organisation leads to another active organisation of the directory, "
			+ "for a service it offers, sharing the sections named, with the person's consent (or an override with a "
			+ "written reason, which the receiver sees). The receiver answers within 24 hours, 2 when URGENT. 422 names "
			+ "each refused field (receiver: unknown, inactive or the caller's own organisation; purpose: a service the "
			+ "receiver does not offer; consent: not GIVEN without overrideReason). A retry with the same Idempotency-Key "
			+ "and body answers 200 with the referral sent first.")
	ResponseEntity<ReferralView> send(@PathVariable UUID id, @RequestBody NewReferral body,
			@Parameter(description = "Makes retries safe: at most 100 characters, kept per caller")
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		ReferralDesk.Sent sent = desk.send(new CaseId(id), body.input(), idempotencyKey);
		Referral r = sent.referral();
		ResponseEntity.BodyBuilder answer = sent.created()
				? ResponseEntity.created(URI.create("/api/v1/referrals/" + r.id())) : ResponseEntity.ok();
		return answer.eTag(etag(r)).header("Cache-Control", "no-store").body(ReferralView.forSender(r));
	}

	@GetMapping("/api/v1/cases/{id}/referrals")
	@Operation(summary = "A case's referrals: all of them for its lead organisation, those it received for a receiver; 404 otherwise")
	ResponseEntity<List<ReferralView>> ofCase(@PathVariable UUID id) {
		List<Referral> found = desk.ofCase(new CaseId(id));
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(found.stream().map(ReferralsApi::view).toList());
	}

	@GetMapping("/api/v1/referrals")
	@Operation(summary = "The referrals sent to the caller's organisation (incoming=true), the earliest answer due first: "
			+ "the decision view only (purpose, urgency, province, exploitation types, child flag, consent)")
	ResponseEntity<List<ReferralView>> incoming(
			@Parameter(required = true, schema = @Schema(allowableValues = "true")) @RequestParam(required = false) Boolean incoming) {
		if (!Boolean.TRUE.equals(incoming)) {
			throw DomainException.invalid("incoming", "cases.error.referralsIncoming");
		}
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(desk.incoming().stream().map(ReferralView::forReceiver).toList());
	}

	@GetMapping("/api/v1/referrals/{id}")
	@Operation(summary = "A referral the caller's organisation received, as the decision view; 404 for any other")
	ResponseEntity<ReferralView> get(@PathVariable UUID id) {
		Referral r = desk.readReceived(new ReferralId(id));
		return ResponseEntity.ok().eTag(etag(r)).header("Cache-Control", "no-store").body(ReferralView.forReceiver(r));
	}

	@PostMapping("/api/v1/referrals/{id}/accept")
	@Operation(summary = "The receiver accepts a referral awaiting its answer and may then read the case's shared sections. "
			+ "caseWorkerId assigns one of the receiving organisation's active CASE_WORKER accounts to it (told in the "
			+ "application and by a link-only e-mail; shown on the referral and the case's timeline); 422 naming "
			+ "caseWorkerId for an unknown account or one of another organisation or role. Send the version or If-Match: "
			+ "409 when stale or no longer IN_PROGRESS.")
	ResponseEntity<ReferralView> accept(@PathVariable UUID id, @RequestBody(required = false) Answer body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Referral r = desk.accept(new ReferralId(id), version(body, ifMatch), body == null ? null : body.caseWorkerId());
		return answer(r, false);
	}

	@PostMapping("/api/v1/referrals/{id}/case-worker")
	@Operation(summary = "The receiving organisation's CASE_SUPERVISOR hands an accepted referral to another of its active "
			+ "case workers (caseWorkerId, required), who is told as on accepting. Send the version or If-Match: 409 when "
			+ "stale or not ACCEPTED; 422 naming caseWorkerId; 403 for a case worker who is not a supervisor; 404 for a "
			+ "referral the organisation did not receive.")
	ResponseEntity<ReferralView> assignCaseWorker(@PathVariable UUID id, @RequestBody(required = false) Answer body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Referral r = caseWorkers.reassign(new ReferralId(id), version(body, ifMatch), body == null ? null : body.caseWorkerId());
		return answer(r, false);
	}

	@PostMapping("/api/v1/referrals/{id}/decline")
	@Operation(summary = "The receiver declines a referral awaiting its answer, for a reason (OTHER needs a note); 422 "
			+ "naming reason or note, 409 when stale or no longer IN_PROGRESS.")
	ResponseEntity<ReferralView> decline(@PathVariable UUID id, @RequestBody(required = false) Answer body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Referral r = desk.decline(new ReferralId(id), version(body, ifMatch), body == null ? null : body.reason(),
				body == null ? null : body.note());
		return answer(r, false);
	}

	@PostMapping("/api/v1/referrals/{id}/withdraw")
	@Operation(summary = "The referring organisation withdraws a referral not yet answered; 409 when stale or answered.")
	ResponseEntity<ReferralView> withdraw(@PathVariable UUID id, @RequestBody(required = false) Answer body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Referral r = desk.withdraw(new ReferralId(id), version(body, ifMatch), body == null ? null : body.note());
		return answer(r, true);
	}

	@PostMapping("/api/v1/referrals/{id}/complete")
	@Operation(summary = "The receiver completes an accepted referral: successful true or false (false needs a note); "
			+ "409 when stale or not ACCEPTED.")
	ResponseEntity<ReferralView> complete(@PathVariable UUID id, @RequestBody(required = false) Answer body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Referral r = desk.complete(new ReferralId(id), version(body, ifMatch), body == null ? null : body.successful(),
				body == null ? null : body.note());
		return answer(r, false);
	}

	private static ResponseEntity<ReferralView> answer(Referral r, boolean sender) {
		return ResponseEntity.ok()
			.eTag(etag(r))
			.header("Cache-Control", "no-store")
			.body(sender ? ReferralView.forSender(r) : ReferralView.forReceiver(r));
	}

	private static ReferralView view(Referral r) {
		return ReferralDesk.caseWorker().map(a -> a.organisationId().equals(r.senderOrganisationId())).orElse(false)
				? ReferralView.forSender(r) : ReferralView.forReceiver(r);
	}

	private static long version(Answer body, String ifMatch) {
		return CasesApiVersions.of(body == null ? null : body.version(), ifMatch);
	}

	private static String etag(Referral r) {
		return "\"" + r.version() + "\"";
	}

	@Schema(name = "NewReferral")
	record NewReferral(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid",
					description = "An active organisation of the directory, not the caller's own") String receiverOrganisationId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40,
					description = "A service code of the directory's list that the receiver offers") String purpose,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Referral.Urgency.class) String urgency,
			@ArraySchema(minItems = 1, uniqueItems = true, schema = @Schema(implementation = Referral.Section.class),
					arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<String> sections,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Referral.Consent.class,
					description = "The person's answer to sharing exactly these sections with exactly this organisation") String consent,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, description = "Who asked") String consentBy,
			@Schema(format = "date-time", description = "When asked, ISO-8601 with an offset; now when left out") String consentAt,
			@Schema(maxLength = 200, description = "The interpreter, when there was one") String interpreter,
			@Schema(maxLength = 2000, description = "Required when consent is not GIVEN; audited and shown to the receiver") String overrideReason) {

		ReferralInput input() {
			return new ReferralInput(receiverOrganisationId, purpose, urgency, sections, consent, consentBy, consentAt,
					interpreter, overrideReason);
		}
	}

	@Schema(name = "ReferralAnswer")
	record Answer(@Schema(description = "The referral's version as read (or send If-Match)") Long version,
			@Schema(implementation = Referral.DeclineReason.class, description = "decline only; required there") String reason,
			@Schema(maxLength = 1000, description = "Required to decline for OTHER and to complete unsuccessfully") String note,
			@Schema(description = "complete only; required there") Boolean successful,
			@Schema(format = "uuid", description = "accept (optional) and case-worker (required): one of the receiving "
					+ "organisation's active CASE_WORKER accounts") String caseWorkerId) {
	}
}
