package th.tipnet.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import tools.jackson.databind.json.JsonMapper;

import th.tipnet.common.Dates;

/**
 * The door scanner: a phone's camera (or typed codes) checks people in, and keeps doing so through
 * a network drop. The page verifies signed tickets itself with the event's public key, queues its
 * scans and syncs them here when the network returns; the roster and revocation list it works
 * from come from here too.
 */
@Controller
@RequestMapping("/events/{slug}/organise/scan")
class EventScanPages {

	private static final List<String> TEXTS = List.of("ready", "offline", "offlineLimits", "checkedIn", "checkedInOffline",
			"already", "alreadyHere", "forged", "otherEvent", "revoked", "unknownOffline", "notInRosterOffline", "queued",
			"synced", "syncedProblem", "cameraUnavailable", "cameraOn", "cameraOff", "lastSync", "notReady", "arrived", "modeONSITE", "modeONLINE", "reopened",
			"validReopened", "online");

	private final EventPlanning planning;

	private final DoorScans scans;

	private final MessageSource messages;

	private final Dates dates;

	private final JsonMapper json;

	EventScanPages(EventPlanning planning, DoorScans scans, MessageSource messages, Dates dates, JsonMapper json) {
		this.planning = planning;
		this.scans = scans;
		this.messages = messages;
		this.dates = dates;
		this.json = json;
	}

	@GetMapping
	String page(@PathVariable @Size(max = 80) String slug, Model model, Locale locale) {
		Event event = managed(slug);
		model.addAttribute("event", event);
		Map<String, String> texts = new LinkedHashMap<>();
		TEXTS.forEach(key -> texts.put(key, messages.getMessage("events.scan.js." + key, null, locale)));
		// Read by the script from a JSON block (the CSP allows no inline script); "</" cannot close it.
		model.addAttribute("texts", json.writeValueAsString(texts).replace("</", "<\\/"));
		return "events/scan";
	}

	@GetMapping("/roster")
	@ResponseBody
	ResponseEntity<DoorScans.Roster> roster(@PathVariable @Size(max = 80) String slug, Locale locale) {
		Event event = managed(slug);
		// Names of participants: never cached by the browser or anything in between.
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(scans.roster(event, locale));
	}

	record ScanBody(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 200) String code, @NotNull Instant at) {
	}

	record SyncBody(@NotNull @Size(max = 500) List<@Valid ScanBody> scans) {
	}

	record ResultView(String id, DoorScans.Outcome outcome, DoorScans.Entry participant, Instant at, String atText,
			String problem) {
	}

	@PostMapping("/sync")
	@ResponseBody
	ResponseEntity<Map<String, Object>> sync(@PathVariable @Size(max = 80) String slug, @Valid @RequestBody SyncBody body,
			Locale locale) {
		Event event = managed(slug);
		List<ResultView> results = scans
			.sync(event, body.scans().stream().map(s -> new DoorScans.Scan(s.id(), s.code(), s.at())).toList(), locale)
			.stream()
			.map(r -> new ResultView(r.id(), r.outcome(), r.participant(), r.at(),
					r.at() == null ? null : dates.time(r.at()),
					r.problem() == null ? null : messages.getMessage(r.problem(), null, locale)))
			.toList();
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("results", results));
	}

	private Event managed(String slug) {
		return planning.managed(planning.bySlug(slug).id());
	}
}
