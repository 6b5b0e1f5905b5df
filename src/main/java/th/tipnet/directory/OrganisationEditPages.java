package th.tipnet.directory;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

/** Editing the directory: a profile within one's scope, adding, verifying, deactivating, merging. */
@Controller
@RequestMapping("/directory")
class OrganisationEditPages {

	private final Directory directory;

	private final DirectoryEditing editing;

	OrganisationEditPages(Directory directory, DirectoryEditing editing) {
		this.directory = directory;
		this.editing = editing;
	}

	@GetMapping("/organisations/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		Organisation o = editing.editable(id);
		model.addAttribute("form", OrganisationForm.of(o));
		return formPage(model, o, locale);
	}

	@PostMapping("/organisations/{id}/edit")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Organisation o = editing.editable(id);
		if (result.getTarget() == null) {
			return unreadable(model, OrganisationForm.of(o), o, locale, response);
		}
		return FormErrors.submit(result, response, () -> {
			editing.update(id, form.version(), form.profile());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/directory/organisations/" + id;
		}, () -> formPage(model, o, locale));
	}

	@GetMapping("/organisations/new")
	String newForm(Model model, Locale locale) {
		if (!editing.mayRestructure()) {
			throw DomainException.forbidden();
		}
		model.addAttribute("form", OrganisationForm.blank());
		return formPage(model, null, locale);
	}

	@PostMapping("/organisations/new")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!editing.mayRestructure()) {
			throw DomainException.forbidden();
		}
		if (result.getTarget() == null) {
			return unreadable(model, OrganisationForm.blank(), null, locale, response);
		}
		return FormErrors.submit(result, response, () -> {
			Organisation created = editing.create(form.profile());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/directory/organisations/" + created.id();
		}, () -> formPage(model, null, locale));
	}

	@PostMapping("/organisations/{id}/verify")
	String verify(@PathVariable UUID id, RedirectAttributes redirect) {
		editing.confirmVerified(id);
		redirect.addFlashAttribute("verified", true);
		return "redirect:/directory/organisations/" + id;
	}

	@PostMapping("/organisations/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		editing.deactivate(id, version);
		redirect.addFlashAttribute("deactivated", true);
		return "redirect:/directory/organisations/" + id;
	}

	@PostMapping("/organisations/{id}/reactivate")
	String reactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		editing.reactivate(id, version);
		redirect.addFlashAttribute("reactivated", true);
		return "redirect:/directory/organisations/" + id;
	}

	@PostMapping("/organisations/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam long version, @RequestParam UUID intoId,
			RedirectAttributes redirect) {
		Organisation survivor = editing.merge(id, version, intoId);
		redirect.addFlashAttribute("merged", true);
		return "redirect:/directory/organisations/" + survivor.id();
	}

	@GetMapping("/due-for-verification")
	String due(Model model, Locale locale) {
		if (!editing.coordinates()) {
			throw DomainException.forbidden();
		}
		String province = editing.mayRestructure() ? null : th.tipnet.common.Actor.current().provinceCode();
		model.addAttribute("organisations", directory.unverifiedSince(editing.dueBefore(), province));
		model.addAttribute("labels", DirectoryLabels.of(directory, locale));
		return "directory/due";
	}

	/** The submitted form could not even be read (a tampered request): show the form again, unchanged. */
	private String unreadable(Model model, OrganisationForm fresh, Organisation o, Locale locale,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.asMap().remove(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("form", fresh);
		model.addAttribute("unreadable", true);
		return formPage(model, o, locale);
	}

	private String formPage(Model model, Organisation o, Locale locale) {
		model.addAttribute("org", o);
		model.addAttribute("labels", DirectoryLabels.of(directory, locale));
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("mayRestructure", editing.mayRestructure());
		model.addAttribute("parents", directory.all().stream().filter(p -> p.active() && (o == null || !p.id().equals(o.id()))).toList());
		model.addAttribute("serviceTypes", directory.serviceTypes().stream().filter(t -> t.active()).toList());
		return "directory/edit";
	}
}
