package th.tipnet.forums;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;
import th.tipnet.directory.Sector;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.EventSummary;

/**
 * The forums' pages: the list, recording a forum from its event, and a forum's record with what each
 * organisation or sector raised and the form to add to it. The same {@link ForumRecords} as the API
 * decides; a refused form comes back with each field's message and the refusal's status.
 */
@Controller
@RequestMapping("/forums")
class ForumPages {

	private final ForumRecords records;

	private final FollowUps followUps;

	private final Directory directory;

	ForumPages(ForumRecords records, FollowUps followUps, Directory directory) {
		this.records = records;
		this.followUps = followUps;
		this.directory = directory;
	}

	/** A forum in a list: the record and its event. */
	record Listed(Forum forum, EventSummary event) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("forums", records.all().stream().map(f -> new Listed(f, records.eventOf(f))).toList());
		model.addAttribute("mayRecord", ForumRecords.recordsForums());
		return "forums/list";
	}

	@GetMapping("/new")
	String recordForm(@RequestParam(name = "event", required = false) UUID eventId, Model model, Locale locale) {
		RecordForm form = new RecordForm();
		if (eventId != null) {
			form.setEventId(eventId.toString());
			records.recordableEvents().stream().filter(e -> e.id().value().equals(eventId)).findFirst()
				.ifPresent(e -> form.setAgenda(agenda(records.agendaOf(e), locale)));
		}
		model.addAttribute("form", form);
		return recordPage(model, locale);
	}

	@PostMapping("/new")
	String record(@ModelAttribute("form") RecordForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		return FormErrors.attempt(result, response, () -> {
			Forum forum = records.record(new ForumRecords.Recording(form.getEventId(), form.getChairUserId(),
					form.getOrganisationIds(), form.getAgenda(), form.getMinutes()));
			return "redirect:/forums/" + forum.id();
		}, () -> recordPage(model, locale));
	}

	@GetMapping("/{id}")
	String forum(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("inputForm", new InputForm());
		model.addAttribute("actionForm", new ActionForm());
		return forumPage(records.get(id), model, locale);
	}

	@PostMapping("/{id}/actions")
	String agree(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response) {
		Forum forum = records.get(id);
		return FormErrors.attempt(result, response, () -> {
			if (form.getInputId() != null && !records.inputs(id).stream().anyMatch(i -> i.id().toString().equals(form.getInputId()))) {
				throw DomainException.invalid("inputId", "forums.error.input");
			}
			ForumAction action = followUps.agree(new FollowUps.Agreement(form.getInputId(), form.getWhat(),
					form.getOwnerOrganisationId(), form.getDueOn(), form.milestones()));
			return "redirect:/actions/" + action.id();
		}, () -> {
			model.addAttribute("inputForm", new InputForm());
			return forumPage(forum, model, locale);
		});
	}

	@PostMapping("/{id}/inputs")
	String raise(@PathVariable UUID id, @ModelAttribute("inputForm") InputForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.attempt(result, response, () -> {
			ForumInput input = records.raise(id, new ForumRecords.Raising(form.getOrganisationId(), form.getSector(),
					form.getKind(), form.getTheme(), form.getText(), form.getProvinces()));
			redirect.addFlashAttribute("raised", true);
			return "redirect:/forums/" + id + "#input-" + input.id();
		}, () -> {
			model.addAttribute("actionForm", new ActionForm());
			return forumPage(records.get(id), model, locale);
		});
	}

	private String recordPage(Model model, Locale locale) {
		List<EventSummary> events = records.recordableEvents();
		model.addAttribute("events", events);
		RecordForm form = (RecordForm) model.getAttribute("form");
		EventSummary chosen = form == null || form.getEventId() == null ? null
				: events.stream().filter(e -> e.id().toString().equals(form.getEventId())).findFirst().orElse(null);
		model.addAttribute("event", chosen);
		model.addAttribute("chairs", chosen == null ? List.of() : records.chairsFor(chosen));
		model.addAttribute("organisations",
				records.organisations(locale).stream().filter(ForumRecords.OrganisationFacts::active).toList());
		return "forums/new";
	}

	/** A forum's record, read as a page: names of the organisations present, and what each raised. */
	record InputRow(ForumInput input, String organisationName, List<String> provinceNames) {
	}

	private String forumPage(Forum forum, Model model, Locale locale) {
		Map<UUID, OrganisationSummary> present = forum.participants()
			.stream()
			.map(p -> directory.summary(OrganisationId.of(p.organisationId())))
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
		Map<String, String> provinceNames = directory.provinceNames(locale)
			.stream()
			.collect(Collectors.toMap(p -> p.code().value(), p -> p.name(locale)));
		List<InputRow> rows = new ArrayList<>();
		for (ForumInput i : records.inputs(forum.id())) {
			OrganisationSummary o = i.organisationId() == null ? null : present.get(i.organisationId());
			rows.add(new InputRow(i, o == null ? null : o.name(locale),
					i.provinces().stream().sorted().map(c -> provinceNames.getOrDefault(c, c)).toList()));
		}
		model.addAttribute("forum", forum);
		model.addAttribute("event", records.eventOf(forum));
		model.addAttribute("present", forum.participants().stream()
			.filter(p -> present.containsKey(p.organisationId()))
			.map(p -> new PresentRow(present.get(p.organisationId()), p.sector()))
			.sorted(Comparator.comparing((PresentRow p) -> p.organisation().name(locale), java.text.Collator.getInstance(locale)))
			.toList());
		model.addAttribute("problems", rows.stream().filter(r -> r.input().kind() == InputKind.PROBLEM).toList());
		model.addAttribute("recommendations", rows.stream().filter(r -> r.input().kind() == InputKind.RECOMMENDATION).toList());
		model.addAttribute("mayEdit", records.mayEdit(forum));
		model.addAttribute("actions", followUps.ofForum(forum.id())
			.stream()
			.collect(Collectors.groupingBy(f -> f.input().id())));
		model.addAttribute("owners", directory.summaries().stream().filter(OrganisationSummary::active)
			.sorted(Comparator.comparing((OrganisationSummary o) -> o.name(locale), java.text.Collator.getInstance(locale)))
			.toList());
		model.addAttribute("ownerNames", directory.summaries().stream().collect(Collectors.toMap(o -> o.id().value(), o -> o.name(locale))));
		model.addAttribute("allInputs", rows);
		model.addAttribute("kinds", InputKind.values());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("provinces", directory.provinceNames(locale));
		return "forums/forum";
	}

	/** The names of the provinces by code, in the reader's language. */
	static Map<String, String> provinceNames(Directory directory, Locale locale) {
		return directory.provinceNames(locale).stream().collect(Collectors.toMap(p -> p.code().value(), p -> p.name(locale)));
	}

	/** An organisation present and the sector it stood for. */
	record PresentRow(OrganisationSummary organisation, String sector) {
	}

	/** The event's own agenda as the forum's starting agenda, one line an item. */
	private static String agenda(List<AgendaItem> agenda, Locale locale) {
		return agenda
			.stream()
			.map((AgendaItem a) -> a.startsAt() + " " + a.title(locale))
			.collect(Collectors.joining("\n"));
	}

	/** The record form as posted; {@link ForumRecords} checks it. */
	public static class RecordForm {

		private String eventId;

		private String chairUserId;

		private List<String> organisationIds = new ArrayList<>();

		private String agenda;

		private String minutes;

		public String getEventId() {
			return eventId;
		}

		public void setEventId(String eventId) {
			this.eventId = eventId;
		}

		public String getChairUserId() {
			return chairUserId;
		}

		public void setChairUserId(String chairUserId) {
			this.chairUserId = chairUserId;
		}

		public List<String> getOrganisationIds() {
			return organisationIds;
		}

		public void setOrganisationIds(List<String> organisationIds) {
			this.organisationIds = organisationIds == null ? new ArrayList<>() : organisationIds;
		}

		public String getAgenda() {
			return agenda;
		}

		public void setAgenda(String agenda) {
			this.agenda = agenda;
		}

		public String getMinutes() {
			return minutes;
		}

		public void setMinutes(String minutes) {
			this.minutes = minutes;
		}
	}

	/** The form agreeing an action as posted; milestones one a line. {@link FollowUps} checks it. */
	public static class ActionForm {

		private String inputId;

		private String what;

		private String ownerOrganisationId;

		private String dueOn;

		private String milestones;

		List<FollowUps.MilestoneIn> milestones() {
			if (milestones == null) {
				return List.of();
			}
			return milestones.lines().filter(l -> !l.isBlank()).map(l -> new FollowUps.MilestoneIn(l.strip(), null)).toList();
		}

		public String getInputId() {
			return inputId;
		}

		public void setInputId(String inputId) {
			this.inputId = inputId;
		}

		public String getWhat() {
			return what;
		}

		public void setWhat(String what) {
			this.what = what;
		}

		public String getOwnerOrganisationId() {
			return ownerOrganisationId;
		}

		public void setOwnerOrganisationId(String ownerOrganisationId) {
			this.ownerOrganisationId = ownerOrganisationId;
		}

		public String getDueOn() {
			return dueOn;
		}

		public void setDueOn(String dueOn) {
			this.dueOn = dueOn;
		}

		public String getMilestones() {
			return milestones;
		}

		public void setMilestones(String milestones) {
			this.milestones = milestones;
		}
	}

	/** The input form as posted; {@link ForumRecords} checks it. */
	public static class InputForm {

		private String organisationId;

		private String sector;

		private String kind;

		private String theme;

		private String text;

		private List<String> provinces = new ArrayList<>();

		public String getOrganisationId() {
			return organisationId;
		}

		public void setOrganisationId(String organisationId) {
			this.organisationId = organisationId;
		}

		public String getSector() {
			return sector;
		}

		public void setSector(String sector) {
			this.sector = sector;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getTheme() {
			return theme;
		}

		public void setTheme(String theme) {
			this.theme = theme;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public List<String> getProvinces() {
			return provinces;
		}

		public void setProvinces(List<String> provinces) {
			this.provinces = provinces == null ? new ArrayList<>() : provinces;
		}
	}
}
