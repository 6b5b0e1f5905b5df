package th.tipnet.cases;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The screening checklist for systems: read by case workers, supervisors and coordinators; added to,
 * reworded, reordered and retired by a network coordinator only (403 for anybody else). An indicator
 * is never deleted: screenings keep their answers by its key.
 */
@RestController
@RequestMapping("/api/v1/screening-indicators")
@Tag(name = "Screening checklist (NRM)")
class ChecklistApi {

	private final Checklist checklist;

	ChecklistApi(Checklist checklist) {
		this.checklist = checklist;
	}

	@GetMapping
	@Operation(summary = "The checklist a screening answers now, by part (ACT, MEANS, PURPOSE) and place; with "
			+ "includeRetired=true also the retired indicators, which past screenings may have answered")
	ResponseEntity<List<IndicatorView>> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
		List<ChecklistIndicator> active = checklist.active();
		List<ChecklistIndicator> found = includeRetired ? checklist.all() : active;
		return ResponseEntity.ok().header("Cache-Control", "no-store")
			.body(found.stream().map(i -> IndicatorView.of(i, active)).toList());
	}

	@PostMapping
	@Operation(summary = "Add an indicator at the end of its part (a NETWORK_COORDINATOR): its key is PART:code, with .2, .3 "
			+ "when the code is already used; 422 naming each refused field")
	ResponseEntity<IndicatorView> add(@RequestBody NewIndicator body) {
		ChecklistIndicator i = checklist.add(new Checklist.Wording(body.group(), body.code(), body.textTh(), body.textEn(),
				body.required()));
		return ResponseEntity.created(URI.create("/api/v1/screening-indicators/" + i.id()))
			.eTag("\"" + i.version() + "\"")
			.body(IndicatorView.of(i, checklist.active()));
	}

	@PutMapping("/{indicatorId}")
	@Operation(summary = "Reword an active indicator and say whether it is required (a NETWORK_COORDINATOR); its part and "
			+ "code stay. Send the version or If-Match: 409 when stale or retired; 422 naming each refused field")
	ResponseEntity<IndicatorView> reword(@PathVariable UUID indicatorId, @RequestBody IndicatorWording body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		ChecklistIndicator i = checklist.reword(indicatorId, CasesApi.version(body.version(), ifMatch),
				new Checklist.Wording(null, null, body.textTh(), body.textEn(), body.required()));
		return ResponseEntity.ok().eTag("\"" + i.version() + "\"").body(IndicatorView.of(i, checklist.active()));
	}

	@PostMapping("/{indicatorId}/move")
	@Operation(summary = "Put an active indicator at a place (from 1) among its part's active ones (a NETWORK_COORDINATOR); "
			+ "409 when stale or retired; 422 for a place outside the part")
	ResponseEntity<IndicatorView> move(@PathVariable UUID indicatorId, @RequestBody IndicatorPlace body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		ChecklistIndicator i = checklist.move(indicatorId, CasesApi.version(body.version(), ifMatch), body.position());
		return ResponseEntity.ok().eTag("\"" + i.version() + "\"").body(IndicatorView.of(i, checklist.active()));
	}

	@PostMapping("/{indicatorId}/retire")
	@Operation(summary = "Retire an indicator (a NETWORK_COORDINATOR): screenings from now on do not ask it, past ones keep "
			+ "their answers; 409 when stale or already retired")
	ResponseEntity<IndicatorView> retire(@PathVariable UUID indicatorId, @RequestBody(required = false) CasesApi.VersionOnly body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		ChecklistIndicator i = checklist.retire(indicatorId, CasesApi.version(body == null ? null : body.version(), ifMatch));
		return ResponseEntity.ok().eTag("\"" + i.version() + "\"").body(IndicatorView.of(i, checklist.active()));
	}

	/** An indicator of the checklist; {@code position} is its place among its part's active ones (0 when retired). */
	@Schema(name = "ScreeningIndicator")
	record IndicatorView(UUID id, @Schema(example = "MEANS:DebtBondage") String key,
			@Schema(implementation = Indicator.Group.class) String group, String code, String textTh, String textEn,
			int position, boolean required, boolean active, Instant retiredAt, long version) {

		static IndicatorView of(ChecklistIndicator i, List<ChecklistIndicator> active) {
			List<ChecklistIndicator> part = active.stream().filter(a -> a.group() == i.group()).toList();
			int place = part.stream().map(ChecklistIndicator::id).toList().indexOf(i.id()) + 1;
			return new IndicatorView(i.id(), i.key(), i.group().name(), i.code(), i.textTh(), i.textEn(), place, i.required(),
					i.active(), i.retiredAt(), i.version());
		}
	}

	@Schema(name = "NewScreeningIndicator")
	record NewIndicator(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Indicator.Group.class) String group,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ACT: Recruitment, Transport, Transfer, Harbouring, "
					+ "Receipt (the Protocol's acts); MEANS: an HTCDS 2.0 vic_MethodsOfControl value; PURPOSE: an HTCDS 2.0 "
					+ "vic_TypeOfExploitation value or ForcedCriminality", pattern = "^[A-Za-z]{2,40}$", example = "WithholdsDocuments") String code,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String textTh,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String textEn,
			@Schema(description = "Every member must answer YES or NO (the means of a child excepted); default false") Boolean required) {
	}

	@Schema(name = "ScreeningIndicatorWording")
	record IndicatorWording(@Schema(description = "The indicator's version as read (or send If-Match)") Long version,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String textTh,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String textEn,
			@Schema(description = "Default false") Boolean required) {
	}

	@Schema(name = "ScreeningIndicatorPlace")
	record IndicatorPlace(@Schema(description = "The indicator's version as read (or send If-Match)") Long version,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1") Integer position) {
	}
}
