package th.tipnet.cases;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;


/** Consent revocation and onward referral for case workers' systems; 404 for any other organisation. */
@RestController
@Tag(name = "Referrals (NRM)")
class ReferralFollowUpsApi {

	private final ReferralFollowUps followUps;

	ReferralFollowUpsApi(ReferralFollowUps followUps) {
		this.followUps = followUps;
	}

	@PostMapping("/api/v1/referrals/{id}/revoke-consent")
	@Operation(summary = "Record that the person revoked their consent to sharing some sections (all it still shares when "
			+ "sections is left out or empty) through a referral of a case the caller's organisation leads, or one it "
			+ "referred onward itself. The receiver's access to them ends at once, also through onward referrals made "
			+ "from it; a referral left without any section can no longer be accepted. Send the version or If-Match: "
			+ "409 when stale, declined, withdrawn or already without any section; 422 naming sections[i] for one it "
			+ "does not share.")
	ResponseEntity<ReferralView> revokeConsent(@PathVariable UUID id, @RequestBody(required = false) Revocation body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Referral r = followUps.revokeConsent(new ReferralId(id), version(body == null ? null : body.version(), ifMatch),
				body == null ? null : body.sections());
		return ResponseEntity.ok()
			.eTag("\"" + r.version() + "\"")
			.header("Cache-Control", "no-store")
			.body(ReferralDesk.caseWorker().map(a -> a.organisationId().equals(r.senderOrganisationId())).orElse(false)
					? ReferralView.forSender(r) : ReferralView.forReceiver(r));
	}

	@PostMapping("/api/v1/referrals/{id}/onward")
	@Operation(summary = "Refer onward: the organisation that accepted this referral refers the case to a third active "
			+ "organisation (neither the lead organisation nor itself) for a service it offers, sharing at most the "
			+ "sections it was given (422 naming sections otherwise), with the person's consent or an override as for a "
			+ "first referral. 409 unless the referral is ACCEPTED. The lead organisation sees it among the case's "
			+ "referrals (onwardFrom names this one). Idempotency-Key as for a first referral.")
	ResponseEntity<ReferralView> onward(@PathVariable UUID id, @RequestBody ReferralsApi.NewReferral body,
			@Parameter(description = "Makes retries safe: at most 100 characters, kept per caller")
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		ReferralDesk.Sent sent = followUps.referOnward(new ReferralId(id), body.input(), idempotencyKey);
		Referral r = sent.referral();
		ResponseEntity.BodyBuilder answer = sent.created()
				? ResponseEntity.created(URI.create("/api/v1/referrals/" + r.id())) : ResponseEntity.ok();
		return answer.eTag("\"" + r.version() + "\"").header("Cache-Control", "no-store").body(ReferralView.forSender(r));
	}

	private static long version(Long inBody, String ifMatch) {
		return CasesApiVersions.of(inBody, ifMatch);
	}

	@Schema(name = "ConsentRevocation")
	record Revocation(@Schema(description = "The referral's version as read (or send If-Match)") Long version,
			@ArraySchema(uniqueItems = true, schema = @Schema(implementation = Referral.Section.class),
					arraySchema = @Schema(description = "The sections whose sharing ends; all it shares when left out")) List<String> sections) {
	}
}
