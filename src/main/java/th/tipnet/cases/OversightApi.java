package th.tipnet.cases;

import java.time.Instant;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Break glass for coordinators' systems: a case they see pseudonymised opens whole, read-only, for a
 * limited time (then {@code GET /api/v1/cases/{id}} and its timeline give the whole case, each read
 * audited). Coordinators read the pseudonymised list and case at {@code GET /api/v1/cases}.
 */
@RestController
@Tag(name = "Cases (NRM)")
class OversightApi {

	private final Oversight oversight;

	OversightApi(Oversight oversight) {
		this.oversight = oversight;
	}

	@PostMapping("/api/v1/cases/{id}/break-glass")
	@Operation(summary = "Break glass: a provincial coordinator (a case of their province) or network coordinator opens "
			+ "the whole case, read-only, for a limited time (tipnet.cases.break-glass.duration, 2 hours by default), "
			+ "after a written reason of at least 30 characters (422 naming reason otherwise). Audited (who, why, when, "
			+ "until), put on the case's timeline and mailed to the lead organisation's supervisors (a link only). 201; "
			+ "200 with the caller's break glass still open on the case. 404 for anybody else.")
	ResponseEntity<BreakGlassView> open(@PathVariable UUID id, @RequestBody(required = false) NewBreakGlass body) {
		Oversight.Glass glass = oversight.breakGlass(new CaseId(id), body == null ? null : body.reason());
		BreakGlass b = glass.breakGlass();
		return ResponseEntity.status(glass.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.header("Cache-Control", "no-store")
			.body(new BreakGlassView(b.id(), b.caseId(), b.openedAt(), b.expiresAt()));
	}

	@Schema(name = "NewBreakGlass")
	record NewBreakGlass(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = BreakGlass.MIN_REASON,
			maxLength = BreakGlass.MAX_REASON, description = "Why the case must be seen whole; audited and shown to "
					+ "the lead organisation") String reason) {
	}

	@Schema(name = "BreakGlass")
	record BreakGlassView(UUID id, UUID caseId, Instant openedAt,
			@Schema(description = "The case is whole to the caller until then") Instant until) {
	}
}
