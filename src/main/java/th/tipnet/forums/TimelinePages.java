package th.tipnet.forums;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

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

/**
 * A recommendation's timeline as one ordered list, from the forum that raised it through its actions and their
 * updates to the later forums' reviews; the chair or a recorder of a later forum records a review here.
 */
@Controller
@RequestMapping("/recommendations")
class TimelinePages {

	private final RecommendationTimeline timelines;

	private final Reviews reviews;

	private final NamedOrganisations names;

	private final ForumRecords records;

	TimelinePages(RecommendationTimeline timelines, Reviews reviews, NamedOrganisations names, ForumRecords records) {
		this.records = records;
		this.timelines = timelines;
		this.reviews = reviews;
		this.names = names;
	}

	@GetMapping("/{id}")
	String timeline(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("form", new ReviewForm());
		return page(id, model, locale);
	}

	@PostMapping("/{id}/reviews")
	String review(@PathVariable UUID id, @ModelAttribute("form") ReviewForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.attempt(result, response, () -> {
			ForumReview review = reviews.review(id, new Reviews.Reviewing(form.getForumId(), form.getActionId(), form.getOutcome(),
					form.getNote()));
			redirect.addFlashAttribute("reviewed", true);
			return "redirect:/recommendations/" + id + "#review-" + review.id();
		}, () -> page(id, model, locale));
	}

	private String page(UUID id, Model model, Locale locale) {
		RecommendationTimeline.Timeline t = timelines.of(id);
		model.addAttribute("t", t);
		model.addAttribute("names", names.of(Stream.concat(Stream.of(t.recommendation().organisationId()),
				t.actions().stream().map(f -> f.action().ownerOrganisationId())), locale));
		model.addAttribute("reviewAt", reviews.mayReviewAt(t.recommendation())
			.stream()
			.map(f -> new ForumPages.Listed(f, records.eventOf(f)))
			.toList());
		model.addAttribute("outcomes", ReviewOutcome.values());
		return "forums/timeline";
	}

	/** The review form as posted; {@link Reviews} checks it. */
	public static class ReviewForm {

		private String forumId;

		private String actionId;

		private String outcome;

		private String note;

		public String getForumId() {
			return forumId;
		}

		public void setForumId(String forumId) {
			this.forumId = forumId;
		}

		public String getActionId() {
			return actionId;
		}

		public void setActionId(String actionId) {
			this.actionId = actionId;
		}

		public String getOutcome() {
			return outcome;
		}

		public void setOutcome(String outcome) {
			this.outcome = outcome;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}
	}
}
