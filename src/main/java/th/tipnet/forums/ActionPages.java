package th.tipnet.forums;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;

/**
 * An action's page: what was raised, what was agreed, its owner, due date, status and progress, its milestones
 * and its history of updates with their evidence; its owner and the forum's recorders report on it here.
 */
@Controller
@RequestMapping("/actions")
class ActionPages {

	private final FollowUps followUps;

	private final ForumRecords records;

	private final Directory directory;

	ActionPages(FollowUps followUps, ForumRecords records, Directory directory) {
		this.followUps = followUps;
		this.records = records;
		this.directory = directory;
	}

	@GetMapping("/{id}")
	String action(@PathVariable UUID id, Model model, Locale locale) {
		FollowUps.Followed f = followUps.get(id);
		ReportForm form = new ReportForm();
		form.setVersion(f.action().version());
		form.setProgress(f.action().progress());
		model.addAttribute("form", form);
		return page(f, model, locale);
	}

	@PostMapping("/{id}/updates")
	String report(@PathVariable UUID id, @ModelAttribute("form") ReportForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.attempt(result, response, () -> {
			followUps.report(id, form.getVersion(), new FollowUps.Report(form.getStatus(), form.getProgress(), form.getNote(),
					form.getLink(), form.getReason()));
			redirect.addFlashAttribute("reported", true);
			return "redirect:/actions/" + id;
		}, () -> page(followUps.get(id), model, locale));
	}

	private String page(FollowUps.Followed f, Model model, Locale locale) {
		Forum forum = records.get(f.action().forumId());
		model.addAttribute("a", f.action());
		model.addAttribute("input", f.input());
		model.addAttribute("overdue", f.overdue());
		model.addAttribute("forum", forum);
		model.addAttribute("event", records.eventOf(forum));
		model.addAttribute("owner", directory.summary(OrganisationId.of(f.action().ownerOrganisationId())).orElseThrow());
		model.addAttribute("mayReport", !f.action().status().closed() && followUps.mayReport(f.action()));
		model.addAttribute("statuses", ActionStatus.values());
		return "forums/action";
	}

	/** The report form as posted; {@link FollowUps} checks it. */
	public static class ReportForm {

		private long version;

		private String status;

		private Integer progress;

		private String note;

		private String link;

		private String reason;

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getStatus() {
			return status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public Integer getProgress() {
			return progress;
		}

		public void setProgress(Integer progress) {
			this.progress = progress;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getLink() {
			return link;
		}

		public void setLink(String link) {
			this.link = link;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}
}
