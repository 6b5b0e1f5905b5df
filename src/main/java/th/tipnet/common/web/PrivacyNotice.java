package th.tipnet.common.web;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.tipnet.common.security.HttpAuthorizationRules;

/**
 * The privacy notice under the Personal Data Protection Act B.E. 2562 (2019), which every consent in the
 * application and the footer link to: who the controller is, what is collected and why, on which legal
 * basis, who receives it, how long it is kept, the data subject's rights and how to use them. The text is
 * in the messages (Thai and English); this installation's contact address for privacy requests is
 * {@code tipnet.privacy.contact} (shown when set; the 1300 hotline always is).
 */
@Controller
class PrivacyNotice {

	/** The day this version of the notice took effect: change it with the text. */
	static final LocalDate VERSION = LocalDate.of(2026, 11, 30);

	private final String contact;

	PrivacyNotice(@Value("${tipnet.privacy.contact:}") String contact) {
		this.contact = contact.isBlank() ? null : contact.strip();
	}

	@GetMapping("/privacy")
	String notice(Model model) {
		model.addAttribute("version", VERSION);
		model.addAttribute("contact", contact);
		return "privacy";
	}

	@Component
	static class Access implements HttpAuthorizationRules {

		@Override
		public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
			rules.requestMatchers(HttpMethod.GET, "/privacy").permitAll();
		}
	}
}
