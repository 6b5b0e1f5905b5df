package th.tipnet.cases;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An identified victim's reflection and recovery period, recorded by the lead organisation after the team's decision. */
@RestController
@Tag(name = "Cases (NRM)")
class ReflectionApi {

	private final ScreeningDesk screenings;

	private final Caseload caseload;

	ReflectionApi(ScreeningDesk screenings, Caseload caseload) {
		this.screenings = screenings;
		this.caseload = caseload;
	}

	@PostMapping("/api/v1/cases/{id}/screenings/reflection")
	@Operation(summary = "Record (or correct) the reflection and recovery period of a person the team identified as a victim "
			+ "(a case worker or supervisor of the lead organisation): from, until (at most 365 days), who granted it, a note. "
			+ "Send the case's version or If-Match: 409 when stale or the screening's outcome is not IDENTIFIED_VICTIM; 422 "
			+ "naming each refused field; 404 for anybody else.")
	ResponseEntity<CaseView> record(@PathVariable UUID id, @RequestBody NewReflection body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Case c = screenings.recordReflection(new CaseId(id), CasesApi.version(body.version(), ifMatch),
				new ReflectionInput(body.startsOn(), body.endsOn(), body.grantedBy(), body.note()));
		return ResponseEntity.ok().eTag(CasesApi.etag(c)).header("Cache-Control", "no-store")
			.body(CaseView.of(c, caseload.screeningClock(c)));
	}

	@Schema(name = "NewReflection")
	record NewReflection(@Schema(description = "The case's version as read (or send If-Match)") Long version,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2024-06-06",
					description = "The first day; not before the first contact") String startsOn,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2024-07-05",
					description = "The last day; not before startsOn, at most 365 days after") String endsOn,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200,
					description = "Who granted it (official, office)") String grantedBy,
			@Schema(maxLength = 4000, description = "Sealed at rest") String note) {
	}
}
