package th.tipnet.forums;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.directory.Sector;
import th.tipnet.events.EventSummary;

/**
 * Forums for systems: read by any signed-in member of the network; recorded by a network coordinator or an
 * event organiser of the event's organising organisation (403 for anybody else); inputs added by the chair
 * and the recorders. A refused body is 422 naming each field.
 */
@RestController
@RequestMapping("/api/v1/forums")
@Tag(name = "Forums")
class ForumsApi {

	/** An id as the API writes it. */
	static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

	private final ForumRecords records;

	ForumsApi(ForumRecords records) {
		this.records = records;
	}

	@GetMapping
	@Operation(summary = "Every recorded forum, the latest meeting first (any signed-in member)")
	List<ForumView> list() {
		return records.all().stream().map(f -> ForumView.of(f, records.eventOf(f))).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One forum: its event, chair, the organisations present with their sector, agenda and minutes")
	ResponseEntity<ForumView> get(@PathVariable UUID id) {
		Forum f = records.get(id);
		return ResponseEntity.ok().eTag("\"" + f.version() + "\"").body(ForumView.of(f, records.eventOf(f)));
	}

	@PostMapping
	@Operation(summary = "Record a forum of a published FORUM event (a NETWORK_COORDINATOR, or an EVENT_ORGANISER of one of "
			+ "the event's organising organisations): the chair is an active account of an organising organisation; each "
			+ "organisation present must be active in the directory, its sector is the directory's. 409 when the event's forum "
			+ "is recorded already; 422 naming each refused field")
	ResponseEntity<ForumView> record(@RequestBody NewForum body) {
		Forum f = records.record(new ForumRecords.Recording(body.eventId(), body.chairUserId(), body.organisationIds(),
				body.agenda(), body.minutes()));
		return ResponseEntity.created(URI.create("/api/v1/forums/" + f.id()))
			.eTag("\"" + f.version() + "\"")
			.body(ForumView.of(f, records.eventOf(f)));
	}

	@GetMapping("/{id}/inputs")
	@Operation(summary = "The problems and recommendations raised at a forum, in the order they were recorded")
	List<InputView> inputs(@PathVariable UUID id) {
		return records.inputs(id).stream().map(InputView::of).toList();
	}

	@PostMapping("/{id}/inputs")
	@Operation(summary = "Raise a problem or a recommendation at a forum (its chair or recorders): by an organisation "
			+ "present (its sector is the one it stood for) or, without organisationId, by a sector as a whole; 422 naming "
			+ "each refused field")
	ResponseEntity<InputView> raise(@PathVariable UUID id, @RequestBody NewInput body) {
		ForumInput input = records.raise(id, new ForumRecords.Raising(body.organisationId(), body.sector(), body.kind(),
				body.theme(), body.text(), body.provinces()));
		return ResponseEntity.created(URI.create("/api/v1/forums/" + id + "/inputs/" + input.id())).body(InputView.of(input));
	}

	@Schema(name = "Forum")
	record ForumView(UUID id, UUID eventId, String eventSlug, String titleTh, String titleEn, Instant startsAt,
			UUID chairUserId, String chairName, List<ParticipantView> organisations, String agenda, String minutes,
			Instant recordedAt, long version) {

		static ForumView of(Forum f, EventSummary e) {
			return new ForumView(f.id(), e.id().value(), e.slug(), e.titleTh(), e.titleEn(), e.startsAt(), f.chairUserId(),
					f.chairName(), f.participants().stream().map(p -> new ParticipantView(p.organisationId(), p.sector())).toList(),
					f.agenda(), f.minutes(), f.recordedAt(), f.version());
		}
	}

	@Schema(name = "ForumParticipant")
	record ParticipantView(UUID organisationId, @Schema(implementation = Sector.class) String sector) {
	}

	@Schema(name = "ForumInput")
	record InputView(UUID id, UUID forumId, UUID organisationId, @Schema(implementation = Sector.class) String sector,
			@Schema(implementation = InputKind.class) String kind, @Schema(implementation = Theme.class) String theme,
			String text, List<String> provinces, boolean shownPublicly, Instant raisedAt) {

		static InputView of(ForumInput i) {
			return new InputView(i.id(), i.forumId(), i.organisationId(), i.sector(), i.kind().name(), i.theme().name(),
					i.text(), i.provinces().stream().sorted().toList(), i.shownPublicly(), i.raisedAt());
		}
	}

	@Schema(name = "NewForum")
	record NewForum(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = UUID_PATTERN, description = "A published event of type FORUM") String eventId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = UUID_PATTERN, description = "An active account of one of the event's organising organisations") String chairUserId,
			@ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The organisations present (active, from the directory)"),
					schema = @Schema(pattern = UUID_PATTERN)) List<String> organisationIds,
			@Schema(maxLength = ForumRecords.MAX_AGENDA) String agenda,
			@Schema(maxLength = ForumRecords.MAX_MINUTES) String minutes) {
	}

	@Schema(name = "NewForumInput")
	record NewInput(
			@Schema(pattern = UUID_PATTERN, description = "An organisation present at the forum; leave out for a sector as a whole") String organisationId,
			@Schema(implementation = Sector.class, description = "Required without organisationId; ignored with it") String sector,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = InputKind.class) String kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Theme.class) String theme,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ForumRecords.MAX_TEXT) String text,
			@ArraySchema(schema = @Schema(pattern = "^TH-[0-9]{2}$", description = "ISO 3166-2:TH"), arraySchema = @Schema(description = "The provinces concerned; none for the whole country")) List<String> provinces) {
	}
}
