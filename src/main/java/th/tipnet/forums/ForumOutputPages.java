package th.tipnet.forums;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.Downloads;
import th.tipnet.common.web.FormErrors;

/**
 * A forum's outputs as pages (issue 16 items 1 and 5): correcting its record after the meeting, the chair's choice of
 * what its public summary shows, the minutes as a PDF in Thai and the action lists as XLSX. {@link ForumRevisions}
 * and {@link ForumOutputs} decide, as for the API; a refused form comes back with each field's message.
 */
@Controller
class ForumOutputPages {

	private final ForumRecords records;

	private final ForumRevisions revisions;

	private final ForumOutputs outputs;

	private final FollowUps followUps;

	ForumOutputPages(ForumRecords records, ForumRevisions revisions, ForumOutputs outputs, FollowUps followUps) {
		this.records = records;
		this.revisions = revisions;
		this.outputs = outputs;
		this.followUps = followUps;
	}

	@GetMapping("/forums/{id}/edit")
	String editForm(@PathVariable UUID id, Model model, Locale locale) {
		Forum forum = records.get(id);
		if (!revisions.mayRevise(forum)) {
			throw DomainException.forbidden();
		}
		EditForm form = new EditForm();
		form.setVersion(forum.version());
		form.setChairUserId(forum.chairUserId() == null ? null : forum.chairUserId().toString());
		form.setOrganisationIds(new ArrayList<>(forum.participants().stream().map(p -> p.organisationId().toString()).toList()));
		form.setAgenda(forum.agenda());
		form.setMinutes(forum.minutes());
		model.addAttribute("form", form);
		return editPage(forum, model, locale);
	}

	@PostMapping("/forums/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("form") EditForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.attempt(result, response, () -> {
			revisions.revise(id, form.getVersion(), new ForumRevisions.Revision(form.getChairUserId(), form.getOrganisationIds(),
					form.getAgenda(), form.getMinutes()));
			redirect.addFlashAttribute("revised", true);
			return "redirect:/forums/" + id;
		}, () -> editPage(records.get(id), model, locale));
	}

	@GetMapping("/forums/{id}/public")
	String publicityForm(@PathVariable UUID id, Model model, Locale locale) {
		Forum forum = records.get(id);
		if (!ForumRevisions.mayPublish(forum)) {
			throw DomainException.forbidden();
		}
		return publicityPage(forum, model, locale);
	}

	@PostMapping("/forums/{id}/public")
	String publish(@PathVariable UUID id, @RequestParam(name = "inputIds", required = false) List<String> inputIds,
			@RequestParam(name = "actionIds", required = false) List<String> actionIds, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.attempt(response, () -> {
			revisions.publish(id, new ForumRevisions.Publicity(inputIds, actionIds));
			redirect.addFlashAttribute("published", true);
			return "redirect:/forums/" + id + "/public";
		}, e -> {
			model.addAttribute("refused", FormErrors.violations(e));
			return publicityPage(records.get(id), model, locale);
		});
	}

	@GetMapping("/forums/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
		return Downloads.attachment(outputs.minutesPdf(id), "forum-minutes.pdf", org.springframework.http.MediaType.APPLICATION_PDF);
	}

	@GetMapping("/forums/{id}/actions.xlsx")
	ResponseEntity<byte[]> forumActions(@PathVariable UUID id, Locale locale) {
		return Downloads.attachment(outputs.forumActionsXlsx(id, locale), "forum-actions.xlsx", Downloads.XLSX);
	}

	@GetMapping("/actions/export.xlsx")
	ResponseEntity<byte[]> actions(@RequestParam(required = false) UUID owner, @RequestParam(required = false) String status,
			@RequestParam(required = false) String theme, @RequestParam(required = false) Boolean overdue, Locale locale) {
		return Downloads.attachment(outputs.actionsXlsx(new FollowUps.Filter(owner, blank(status), blank(theme), overdue), locale),
				"actions.xlsx", Downloads.XLSX);
	}

	private static String blank(String given) {
		return given == null || given.isBlank() ? null : given;
	}

	private String editPage(Forum forum, Model model, Locale locale) {
		model.addAttribute("forum", forum);
		model.addAttribute("event", records.eventFacts(forum));
		model.addAttribute("chairs", records.chairsFor(forum));
		// Those present first: the list scrolls, and they are what a correction usually starts from.
		model.addAttribute("organisations", records.organisations(locale)
			.stream()
			.filter(o -> o.active() || forum.participant(o.id()).isPresent())
			.sorted(java.util.Comparator.comparing((ForumRecords.OrganisationFacts o) -> forum.participant(o.id()).isEmpty()))
			.toList());
		return "forums/edit";
	}

	private String publicityPage(Forum forum, Model model, Locale locale) {
		model.addAttribute("forum", forum);
		model.addAttribute("event", records.eventFacts(forum));
		model.addAttribute("inputs", records.inputs(forum.id()));
		model.addAttribute("actions", followUps.ofForum(forum.id()));
		model.addAttribute("ownerNames", records.organisations(locale)
			.stream()
			.collect(Collectors.toMap(ForumRecords.OrganisationFacts::id, ForumRecords.OrganisationFacts::name)));
		return "forums/public";
	}

	/** The edit form as posted: the record form's fields and the version read. */
	public static class EditForm extends ForumPages.RecordForm {

		private long version;

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}
	}
}
