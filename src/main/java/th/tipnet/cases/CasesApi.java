package th.tipnet.cases;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.web.ItemsPage;

/**
 * The NRM's cases for case workers' systems: intake, the organisation's list, a case (with its
 * version as ETag) and its timeline. A case of another organisation is 404, as one that does not
 * exist. Every answer is {@code no-store}: victims' data stays out of caches.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases (NRM)")
class CasesApi {

	private final Caseload caseload;

	private final Oversight oversight;

	private final Worklist worklist;

	private final PossibleMatches matches;

	private final ScreeningDesk screenings;

	CasesApi(Caseload caseload, Oversight oversight, Worklist worklist, PossibleMatches matches, ScreeningDesk screenings) {
		this.caseload = caseload;
		this.oversight = oversight;
		this.worklist = worklist;
		this.matches = matches;
		this.screenings = screenings;
	}

	@PostMapping
	@Operation(summary = "Open a person's case at intake, for the caller's organisation (case workers and supervisors). "
			+ "Each refused field is named (422) and nothing is stored. A retry with the same Idempotency-Key and body "
			+ "by the same caller answers 200 with the case opened first; the same key with another body is 422. "
			+ "possibleMatches flags earlier cases that may be the same person, as a group intake does, naming only the "
			+ "organisation holding a case the caller may not see.")
	ResponseEntity<OpenedCase> open(@RequestBody NewCase body,
			@Parameter(description = "Makes retries safe: at most 100 characters, kept per caller")
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, java.util.Locale locale) {
		Caseload.Opened opened = caseload.open(body.intake(), idempotencyKey);
		Case c = opened.caseFile();
		ResponseEntity.BodyBuilder answer = opened.created()
				? ResponseEntity.created(URI.create("/api/v1/cases/" + c.id())) : ResponseEntity.ok();
		return answer.eTag(etag(c)).header("Cache-Control", "no-store").body(new OpenedCase(CaseView.of(c, caseload.screeningClock(c)),
				matches.of(List.of(c), th.tipnet.common.Actor.current(), locale)));
	}

	@GetMapping
	@Operation(summary = "The caller's organisation's cases, the most urgent screening first (at most 100 a page). "
			+ "A provincial coordinator (their province's cases) or network coordinator (all cases) without a case role "
			+ "gets the pseudonymised lines instead (PseudonymisedCaseLine: no names, story, district or birth date).")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(oneOf = { CaseSummaryPage.class,
			PseudonymisedCasePage.class })))
	ResponseEntity<?> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (Oversight.overseesOnly()) {
			var lines = oversight.list(page, size);
			return ResponseEntity.ok()
				.header("Cache-Control", "no-store")
				.body(new ItemsPage<>(lines.getContent(), lines.getTotalElements()));
		}
		var found = worklist.page(page, size);
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(new ItemsPage<>(found.getContent(), found.getTotalElements()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A case of the caller's organisation, with its version as ETag; for an organisation that accepted "
			+ "a referral of it, only the sections shared (PERSON, INTAKE, SCREENING; the others null), read-only; for a "
			+ "coordinator whose scope holds it, the PseudonymisedCase (or the whole case while their break glass on it is "
			+ "open); 404 for any other")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(oneOf = { CaseView.class, PseudonymisedCase.class })))
	ResponseEntity<?> get(@PathVariable UUID id) {
		var pseudonymised = oversight.insteadOfCase(new CaseId(id), "api");
		if (pseudonymised.isPresent()) {
			return ResponseEntity.ok().header("Cache-Control", "no-store").body(pseudonymised.get());
		}
		var glass = oversight.underBreakGlass(new CaseId(id), "api");
		CaseView c = glass.isPresent() ? CaseView.of(glass.get(), caseload.screeningClock(glass.get()))
				: caseload.view(new CaseId(id), "api");
		return ResponseEntity.ok().eTag("\"" + c.version() + "\"").header("Cache-Control", "no-store").body(c);
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "Every step of a case: what, when, who; 404 for a case of another organisation")
	ResponseEntity<List<CaseView.Step>> timeline(@PathVariable UUID id) {
		Case c = oversight.underBreakGlass(new CaseId(id), "api-timeline")
			.orElseGet(() -> caseload.read(new CaseId(id), "api-timeline"));
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(CaseView.timeline(c));
	}

	@PostMapping("/{id}/screenings")
	@Operation(summary = "Record the multidisciplinary team's screening of a case awaiting screening: the members, each "
			+ "one's answer (YES, NO, UNKNOWN) and note to the indicators of the active checklist (GET "
			+ "/api/v1/screening-indicators; those left out are UNKNOWN, a required one must be YES or NO), the interpreter and "
			+ "language, the outcome, the route of a person who is not a victim, the reasons, and for UNDETERMINED the court's "
			+ "extension. Send the case's version or If-Match: 409 when stale or already decided; 422 naming each refused field. "
			+ "The case then awaits a supervisor's sign-off.")
	ResponseEntity<CaseView> screen(@PathVariable UUID id, @RequestBody NewScreening body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Case c = screenings.decide(new CaseId(id), version(body.version(), ifMatch), body.input());
		return ResponseEntity.ok().eTag(etag(c)).header("Cache-Control", "no-store").body(CaseView.of(c, caseload.screeningClock(c)));
	}

	@PostMapping("/{id}/screenings/sign-off")
	@Operation(summary = "Sign the screening off (a CASE_SUPERVISOR of the lead organisation who did not record it): the "
			+ "case takes the outcome as its status. Send the version or If-Match; 409 when stale, not awaiting sign-off, "
			+ "or the supervisor's own decision; 403 for a case worker.")
	ResponseEntity<CaseView> signOff(@PathVariable UUID id, @RequestBody(required = false) VersionOnly body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Case c = caseload.signOffScreening(new CaseId(id), version(body == null ? null : body.version(), ifMatch));
		return ResponseEntity.ok().eTag(etag(c)).header("Cache-Control", "no-store").body(CaseView.of(c, caseload.screeningClock(c)));
	}

	/** The version from the body or an If-Match header ({@code "3"} or {@code W/"3"}); required. */
	static long version(Long inBody, String ifMatch) {
		return CasesApiVersions.of(inBody, ifMatch);
	}

	static String etag(Case c) {
		return "\"" + c.version() + "\"";
	}

	/** An intake as the API takes it; {@link Caseload} checks every field and names those it refuses. */
	@Schema(name = "NewCase")
	record NewCase(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Channel.class) String channel,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time", example = "2024-06-05T08:30:00+07:00",
					description = "First contact, ISO-8601 with an offset; not in the future. The 24-hour screening clock starts here.") String firstContactAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^TH-[0-9]{2}$", example = "TH-20",
					description = "ISO 3166-2:TH province of first contact") String provinceCode,
			@Schema(maxLength = 100) String district,
			@Schema(maxLength = 4000, description = "What happened, as told; sealed at rest") String circumstances,
			@ArraySchema(maxItems = 12, uniqueItems = true, schema = @Schema(allowableValues = { "ForcedLabour",
					"SexualExploitation", "ChildLabour", "ForcedMarriage", "Servitude", "ForcedMilitaryByNonStateActors",
					"OrganRemoval", "ForcedBegging", "ForcedAdoption", "Surrogacy", "ForcedCriminality", "Other" },
					description = "HTCDS 2.0 vic_TypeOfExploitation value names; ForcedCriminality is TIPNet's own")) List<String> exploitationTypes,
			@ArraySchema(minItems = 1, maxItems = 10, schema = @Schema(implementation = NewName.class),
					arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<NewName> names,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "Feminine", "Masculine",
					"TransgenderFeminine", "TransgenderMasculine", "NonConforming", "NonSpecifiedUnknown" },
					description = "HTCDS 2.0 prs_Gender value names") String gender,
			@Schema(minimum = "1900", description = "Year of birth (C.E.; 2400 and later is read as B.E.); leave out when unknown") Integer birthYear,
			@Schema(minimum = "1", maximum = "12", description = "Only with birthYear") Integer birthMonth,
			@Schema(minimum = "1", maximum = "31", description = "Only with birthMonth") Integer birthDay,
			@Schema(minimum = "0", maximum = "120", description = "An estimated age, instead of a birth date") Integer estimatedAge,
			@ArraySchema(maxItems = 5, uniqueItems = true, schema = @Schema(pattern = "^[A-Z]{2}$", example = "MM",
					description = "ISO 3166-1 alpha-2")) List<String> nationalities) {

		Intake intake() {
			return new Intake(channel, firstContactAt, provinceCode, district, circumstances, exploitationTypes,
					names == null ? null : names.stream().map(n -> n == null ? null : new Intake.Name(n.name(), n.kind())).toList(),
					gender, birthYear, birthMonth, birthDay, estimatedAge, nationalities);
		}
	}

	@Schema(name = "NewScreening")
	record NewScreening(@Schema(description = "The case's version as read (or send If-Match)") Long version,
			@ArraySchema(minItems = 1, maxItems = 12, schema = @Schema(implementation = NewMember.class),
					arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<NewMember> members,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Screening.Outcome.class) String outcome,
			@Schema(implementation = Screening.Route.class, description = "Required for NOT_A_VICTIM, and only then") String route,
			@Schema(maxLength = 4000, description = "Required unless UNDETERMINED; sealed at rest") String reasons,
			@Schema(maxLength = 200, description = "The interpreter's name, when one interpreted; then language is required") String interpreter,
			@Schema(pattern = "^[a-z]{2,3}$", example = "my",
					description = "The language the screening was held in: ISO 639-1, or ISO 639-2/3 (e.g. kar for Karen)") String language,
			@Schema(format = "date", example = "2024-06-12", description = "Required for UNDETERMINED, refused otherwise: the date the "
					+ "court extended the screening to, after the first contact") String extendedUntil,
			@Schema(maxLength = 200, description = "Required for UNDETERMINED, refused otherwise: the court and its order's reference") String courtReference) {

		ScreeningInput input() {
			return new ScreeningInput(members == null ? null
					: members.stream().map(m -> m == null ? null
							: new ScreeningInput.MemberInput(m.userId(), m.name(), m.organisation(), m.discipline(), m.answers(),
									m.notes()))
						.toList(),
					outcome, route, reasons, interpreter, language, extendedUntil, courtReference);
		}
	}

	@Schema(name = "NewScreeningMember")
	record NewMember(
			@Schema(format = "uuid", description = "A case worker or supervisor of the lead organisation (named and placed as their "
					+ "account is); leave out for an outsider, who is named instead") String userId,
			@Schema(maxLength = 200, description = "Required unless userId") String name,
			@Schema(maxLength = 300) String organisation,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Screening.Discipline.class) String discipline,
			@Schema(description = "Answers by indicator: ACT:Recruitment|Transport|Transfer|Harbouring|Receipt, MEANS:<HTCDS "
					+ "vic_MethodsOfControl value> (e.g. MEANS:DebtBondage), PURPOSE:<HTCDS vic_TypeOfExploitation value or "
					+ "ForcedCriminality>; each YES, NO or UNKNOWN",
					example = "{\"MEANS:DebtBondage\": \"YES\", \"PURPOSE:ForcedLabour\": \"UNKNOWN\"}") java.util.Map<String, String> answers,
			@Schema(description = "The member's note on an answer, by indicator key (at most 2000 characters each); sealed at rest",
					example = "{\"MEANS:DebtBondage\": \"Owes the broker 30,000 baht\"}") java.util.Map<String, String> notes) {
	}

	record VersionOnly(Long version) {
	}

	/** The case workers' list, for the OpenAPI document. */
	@Schema(name = "CaseSummaryPage")
	record CaseSummaryPage(List<CaseView.Summary> items, long total) {
	}

	/** A coordinator's list, for the OpenAPI document. */
	@Schema(name = "PseudonymisedCasePage")
	record PseudonymisedCasePage(List<PseudonymisedCase.Line> items, long total) {
	}

	@Schema(name = "NewCaseName")
	record NewName(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, description = "Any script; sealed at rest") String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = NameKind.class) String kind) {
	}
}
