package th.tipnet.directory;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


/**
 * The organisation administrator's two answers to the contacts taken from public sources: "they are
 * right" (confirm all) and "this one is" (correct one, or empty it to remove it). Both audited.
 */
@Controller
@RequestMapping("/directory/organisations/{id}/public-contacts")
class PublicContactPages {

	private final PublicSourceContacts contacts;

	PublicContactPages(PublicSourceContacts contacts) {
		this.contacts = contacts;
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("contactsConfirmed", contacts.confirm(id));
		return "redirect:/directory/organisations/" + id + "#contacts-heading";
	}

	@PostMapping("/{contactId}")
	String correct(@PathVariable UUID id, @PathVariable UUID contactId, @RequestParam long version,
			@RequestParam(required = false) @Size(max = 500) String value, RedirectAttributes redirect) {
		var corrected = contacts.correct(id, contactId, version, value);
		redirect.addFlashAttribute(corrected.shown() ? "contactCorrected" : "contactRemoved", true);
		return "redirect:/directory/organisations/" + id + "#contacts-heading";
	}
}
