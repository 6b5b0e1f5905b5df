package th.tipnet.events;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.certificates.Signatory;
import th.tipnet.common.web.FormErrors;

/**
 * Who signs the event's certificates of attendance: a small form for its organisers. A refused field
 * comes back beside the form with its 4xx, nothing saved.
 */
@Controller
@RequestMapping("/events/{slug}/organise/signatory")
class EventSignatoryPages {

	record SignatoryForm(String nameTh, String positionTh, String nameEn, String positionEn) {
	}

	private final EventPlanning planning;

	private final CertificateSignatories signatories;

	EventSignatoryPages(EventPlanning planning, CertificateSignatories signatories) {
		this.planning = planning;
		this.signatories = signatories;
	}

	@GetMapping
	String form(@PathVariable @Size(max = 80) String slug, Model model) {
		Event event = managed(slug);
		SignatoryForm form = signatories.of(event.id())
			.map(s -> new SignatoryForm(s.nameTh(), s.positionTh(), s.nameEn(), s.positionEn()))
			.orElse(new SignatoryForm("", "", "", ""));
		model.addAttribute("form", form);
		model.addAttribute("event", event);
		return "events/signatory";
	}

	@PostMapping
	String appoint(@PathVariable @Size(max = 80) String slug, @ModelAttribute("form") SignatoryForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Event event = managed(slug);
		model.addAttribute("event", event);
		return FormErrors.submit(result, response, () -> {
			signatories.appoint(event.id(), new Signatory(form.nameTh(), form.positionTh(), form.nameEn(), form.positionEn()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/events/" + event.slug() + "/organise/signatory";
		}, () -> "events/signatory");
	}

	private Event managed(String slug) {
		return planning.managed(planning.bySlug(slug).id());
	}
}
