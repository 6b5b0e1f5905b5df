package th.tipnet.cases;

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

/**
 * The form for an identified victim's reflection and recovery period, reached from the case page
 * once the team decided; it goes through {@link ScreeningDesk#recordReflection}, as the API does.
 */
@Controller
@RequestMapping("/cases/{id}/reflection")
class ReflectionPages {

	private final Caseload caseload;

	private final ScreeningDesk screenings;

	ReflectionPages(Caseload caseload, ScreeningDesk screenings) {
		this.caseload = caseload;
		this.screenings = screenings;
	}

	@GetMapping
	String form(@PathVariable UUID id, Model model) {
		Case c = caseload.read(new CaseId(id), "reflection-form");
		ReflectionForm form = new ReflectionForm();
		form.setVersion(c.version());
		c.screening().flatMap(Screening::reflection).ifPresent(r -> {
			form.setStartsOn(r.from().toString());
			form.setEndsOn(r.until().toString());
			form.setGrantedBy(r.grantedBy());
			form.setNote(r.note());
		});
		model.addAttribute("form", form);
		return page(c, model);
	}

	@PostMapping
	String record(@PathVariable UUID id, @ModelAttribute("form") ReflectionForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CaseId caseId = new CaseId(id);
		return FormErrors.submit(result, response, () -> {
			Case c = screenings.recordReflection(caseId, form.getVersion(), form.input());
			redirect.addFlashAttribute("reflectionRecorded", c.number().value());
			return "redirect:/cases/" + c.id();
		}, () -> page(caseload.read(caseId, "reflection-form"), model));
	}

	private String page(Case c, Model model) {
		model.addAttribute("c", CaseView.of(c, caseload.screeningClock(c)));
		return "cases/reflection";
	}

	/** The form as posted; {@link ScreeningDesk} checks it. */
	public static class ReflectionForm {

		private long version;

		private String startsOn;

		private String endsOn;

		private String grantedBy;

		private String note;

		ReflectionInput input() {
			return new ReflectionInput(startsOn, endsOn, grantedBy, note);
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getStartsOn() {
			return startsOn;
		}

		public void setStartsOn(String startsOn) {
			this.startsOn = startsOn;
		}

		public String getEndsOn() {
			return endsOn;
		}

		public void setEndsOn(String endsOn) {
			this.endsOn = endsOn;
		}

		public String getGrantedBy() {
			return grantedBy;
		}

		public void setGrantedBy(String grantedBy) {
			this.grantedBy = grantedBy;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}
	}
}
