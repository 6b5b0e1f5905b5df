package th.tipnet.forums;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.DomainException;

/**
 * A forum's outputs for systems (issue 16 items 1, 3 and 5): correcting a forum's record, the chair's choice of what
 * the public summary shows, and files as evidence on actions' updates. 422 names each refused field; 409 for a stale
 * version; 403 for a caller who may not.
 */
@RestController
@Tag(name = "Forums")
class ForumOutputsApi {

	private final ForumRecords records;

	private final ForumRevisions revisions;

	private final FollowUps followUps;

	private final ActionEvidence evidence;

	ForumOutputsApi(ForumRecords records, ForumRevisions revisions, FollowUps followUps, ActionEvidence evidence) {
		this.records = records;
		this.revisions = revisions;
		this.followUps = followUps;
		this.evidence = evidence;
	}

	@PutMapping("/api/v1/forums/{id}")
	@Operation(summary = "Correct a forum's record (a NETWORK_COORDINATOR, or an EVENT_ORGANISER of one of the event's organising "
			+ "organisations): the chair (an active account of an organising organisation), the organisations present (an "
			+ "organisation that raised something stays; one present before keeps its sector), the agenda and the minutes. Send "
			+ "the version or If-Match: 409 when stale; 422 naming each refused field. Audited with the values before")
	ResponseEntity<ForumsApi.ForumView> revise(@PathVariable UUID id, @RequestBody ForumRevision body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Forum f = revisions.revise(id, ActionsApi.version(body.version(), ifMatch), new ForumRevisions.Revision(body.chairUserId(),
				body.organisationIds(), body.agenda(), body.minutes()));
		return ResponseEntity.ok().eTag("\"" + f.version() + "\"").body(ForumsApi.ForumView.of(f, records.eventOf(f)));
	}

	@PutMapping("/api/v1/forums/{id}/public")
	@Operation(summary = "Choose what the forum's public summary (/forums/{id}/summary) shows (the forum's chair only): exactly the "
			+ "inputs and actions listed, none of the forum's others. 422 naming each id that is not the forum's. Audited")
	ResponseEntity<PublicityView> publish(@PathVariable UUID id, @RequestBody PublicityView body) {
		revisions.publish(id, new ForumRevisions.Publicity(body.inputIds(), body.actionIds()));
		return ResponseEntity.ok(publicity(id));
	}

	@GetMapping("/api/v1/forums/{id}/public")
	@Operation(summary = "What the forum's public summary shows: the ids of the inputs and actions its chair marked public")
	PublicityView publicity(@PathVariable UUID id) {
		return new PublicityView(records.inputs(id).stream().filter(ForumInput::shownPublicly).map(i -> i.id().toString()).toList(),
				followUps.ofForum(id).stream().filter(f -> f.action().shownPublicly()).map(f -> f.action().id().toString()).toList());
	}

	@PostMapping(path = "/api/v1/actions/{id}/updates/{position}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Give a file as evidence with an update of an action (position 0 is the agreement; those who may report on "
			+ "the action): a PDF, JPEG or PNG of at most 10 MB (10,485,760 bytes), the type read from the content (not the name or "
			+ "Content-Type). Stored encrypted. 422 naming the field file when empty, larger or of another type, and nothing is "
			+ "stored; 404 for an update that does not exist",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = NewEvidence.class))))
	ResponseEntity<EvidenceView> attach(@PathVariable UUID id, @PathVariable int position, HttpServletRequest request)
			throws IOException {
		EvidenceFile file = attach(evidence, id, position, request);
		return ResponseEntity.created(URI.create("/api/v1/actions/" + id + "/files/" + file.id())).body(EvidenceView.of(file));
	}

	@GetMapping("/api/v1/actions/{id}/files")
	@Operation(summary = "The files given as evidence on an action's updates (no content), for any signed-in member")
	List<EvidenceView> files(@PathVariable UUID id) {
		return evidence.list(id).stream().map(EvidenceView::of).toList();
	}

	@GetMapping("/api/v1/actions/{id}/files/{fileId}")
	@Operation(summary = "Download an evidence file (Content-Disposition: attachment, X-Content-Type-Options: nosniff), for any "
			+ "signed-in member; audited")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId) {
		return file(evidence.download(id, fileId));
	}

	/** Gives the part named file (the API's and the page's upload alike). */
	static EvidenceFile attach(ActionEvidence evidence, UUID actionId, int position, HttpServletRequest request) throws IOException {
		Part file = part(request);
		return evidence.attach(actionId, position, file == null ? null : file.getSubmittedFileName(),
				file == null ? null : file.getInputStream().readNBytes(ActionEvidence.MAX_BYTES + 1));
	}

	/** The part named file; a body the container could not read as parts is refused naming the field. */
	private static Part part(HttpServletRequest request) {
		try {
			return request.getPart("file");
		}
		catch (IllegalStateException | IOException | ServletException unreadable) {
			if (request.getContentLengthLong() > ActionEvidence.MAX_BYTES) {
				throw ActionEvidence.tooLarge();
			}
			throw DomainException.invalid("file", "forums.outputs.error.fileRequired");
		}
	}

	/** A download as a file to save, never shown by the browser, cached nowhere (the API's and the page's alike). */
	static ResponseEntity<byte[]> file(ActionEvidence.Download d) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.file().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(d.bytes());
	}

	@Schema(name = "ForumRevision")
	record ForumRevision(@Schema(description = "The forum's version as read (or send If-Match)") Long version,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ForumsApi.UUID_PATTERN, description = "An active account of one of the event's organising organisations") String chairUserId,
			@ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The organisations present (active, from the directory); each that raised something must stay"),
					schema = @Schema(pattern = ForumsApi.UUID_PATTERN)) List<String> organisationIds,
			@Schema(maxLength = ForumRecords.MAX_AGENDA) String agenda,
			@Schema(maxLength = ForumRecords.MAX_MINUTES) String minutes) {
	}

	@Schema(name = "ForumPublicity")
	record PublicityView(
			@ArraySchema(schema = @Schema(pattern = ForumsApi.UUID_PATTERN), arraySchema = @Schema(description = "The forum's inputs shown publicly")) List<String> inputIds,
			@ArraySchema(schema = @Schema(pattern = ForumsApi.UUID_PATTERN), arraySchema = @Schema(description = "The forum's actions shown publicly")) List<String> actionIds) {
	}

	@Schema(name = "NewForumActionEvidence")
	record NewEvidence(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
			description = "PDF, JPEG or PNG, at most 10 MB") String file) {
	}

	@Schema(name = "ForumActionEvidence")
	record EvidenceView(UUID id, UUID actionId, int update, String fileName,
			@Schema(allowableValues = { "application/pdf", "image/jpeg", "image/png" }) String contentType, long size, String sha256,
			Instant uploadedAt, String uploadedBy) {

		static EvidenceView of(EvidenceFile f) {
			return new EvidenceView(f.id(), f.actionId(), f.updatePosition(), f.fileName(), f.contentType(), f.size(), f.sha256(),
					f.uploadedAt(), f.uploadedByName());
		}
	}
}
