package th.tipnet.cases;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.Actor;
import th.tipnet.common.InvalidInput.Violation;

/**
 * Unfinished intakes over the API: save a group intake as it stands, resume it elsewhere with its
 * checklist of what is missing, submit it to open its cases. Owned by the organisation; 404 for
 * anybody else. The version is the ETag; a stale save, discard or submit is a 409.
 */
@RestController
@RequestMapping("/api/v1/intake-drafts")
@Tag(name = "Cases (NRM)")
class IntakeDraftsApi {

	private final UnfinishedIntakes drafts;

	private final PossibleMatches matches;

	private final Caseload caseload;

	private final MessageSource messages;

	IntakeDraftsApi(UnfinishedIntakes drafts, PossibleMatches matches, Caseload caseload, MessageSource messages) {
		this.drafts = drafts;
		this.matches = matches;
		this.caseload = caseload;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The caller's organisation's unfinished intakes, the last saved first (at most 100): when, by "
			+ "whom, how many persons and how many facts are still missing; no content")
	ResponseEntity<List<DraftSummary>> list() {
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(drafts.list().stream().map(DraftSummary::of).toList());
	}

	@PostMapping
	@Operation(summary = "Save an unfinished group intake (the body of POST /api/v1/operations, any part of it missing; at "
			+ "most 200 persons) for the caller's organisation. It is sealed at rest and lapses 30 days after its last save. "
			+ "The answer lists what is still missing, each with its field and a message in the caller's language. A retry "
			+ "with the same Idempotency-Key and body by the same caller answers 200 with the draft saved first (as it is "
			+ "now); the same key with another body is 422 naming Idempotency-Key, and nothing is stored.")
	ResponseEntity<DraftView> start(@RequestBody OperationsApi.NewOperation body, Locale locale,
			@io.swagger.v3.oas.annotations.Parameter(description = "Makes retries safe: at most 100 characters, kept per caller")
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		UnfinishedIntakes.Started started = drafts.start(body.group(), idempotencyKey);
		UnfinishedIntakes.Draft d = started.draft();
		return (started.created() ? ResponseEntity.created(URI.create("/api/v1/intake-drafts/" + d.draft().id()))
				: ResponseEntity.ok())
			.eTag(etag(d.draft()))
			.header("Cache-Control", "no-store")
			.body(view(d, locale));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An unfinished intake to resume, with its version as ETag and its checklist; 404 for another "
			+ "organisation's or a lapsed one")
	ResponseEntity<DraftView> get(@PathVariable UUID id, Locale locale) {
		UnfinishedIntakes.Draft d = drafts.read(id);
		return ResponseEntity.ok().eTag(etag(d.draft())).header("Cache-Control", "no-store").body(view(d, locale));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Save the unfinished intake again, whole, at the version read (If-Match, required): 409 when "
			+ "someone saved it since")
	ResponseEntity<DraftView> save(@PathVariable UUID id, @RequestBody OperationsApi.NewOperation body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Locale locale) {
		UnfinishedIntakes.Draft d = drafts.save(id, CasesApiVersions.required(ifMatch), body.group());
		return ResponseEntity.ok().eTag(etag(d.draft())).header("Cache-Control", "no-store").body(view(d, locale));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Discard the unfinished intake at the version read (If-Match, required); 409 when stale")
	ResponseEntity<Void> discard(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		drafts.discard(id, CasesApiVersions.required(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Open the cases of the unfinished intake as saved, at the version read (If-Match, required), "
			+ "and remove it, in one transaction: 201 with the operation as POST /api/v1/operations answers; 422 naming "
			+ "each fact still missing (the draft is kept); 409 when someone saved or submitted it since")
	ResponseEntity<OperationView> submit(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Locale locale) {
		GroupIntakes.Opened o = drafts.submit(id, CasesApiVersions.required(ifMatch), null);
		OperationView view = OperationView.of(o,
				o.cases().stream().map(c -> CaseView.Summary.of(c, caseload.screeningClock(c))).toList(),
				matches.of(o.cases(), Actor.current(), locale));
		return ResponseEntity.created(URI.create("/api/v1/operations/" + view.id()))
			.header("Cache-Control", "no-store")
			.body(view);
	}

	private DraftView view(UnfinishedIntakes.Draft d, Locale locale) {
		return new DraftView(d.draft().id(), d.draft().version(), d.draft().savedAt(), d.draft().savedByName(),
				d.draft().expiresAt(), d.content(),
				d.missing().stream().map(v -> new Missing(v.field(), message(v, locale))).toList());
	}

	private String message(Violation v, Locale locale) {
		return messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale);
	}

	private static String etag(IntakeDraft d) {
		return "\"" + d.version() + "\"";
	}

	@Schema(name = "IntakeDraft")
	record DraftView(UUID id, long version, Instant savedAt, String savedBy, Instant expiresAt,
			@Schema(description = "The intake as saved, in the shape of POST /api/v1/operations") GroupIntake content,
			@Schema(description = "What is still missing or refused before the cases can be opened; empty when complete") List<Missing> missing) {
	}

	@Schema(name = "IntakeDraftMissing")
	record Missing(@Schema(example = "persons[2].gender") String field,
			@Schema(description = "In the caller's language") String message) {
	}

	@Schema(name = "IntakeDraftSummary")
	record DraftSummary(UUID id, long version, Instant savedAt, String savedBy, Instant expiresAt, int persons, int missing) {

		static DraftSummary of(IntakeDraft d) {
			return new DraftSummary(d.id(), d.version(), d.savedAt(), d.savedByName(), d.expiresAt(), d.persons(), d.missing());
		}
	}
}
