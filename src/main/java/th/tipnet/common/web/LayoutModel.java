package th.tipnet.common.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import th.tipnet.common.Languages;

/** What every page's layout needs: the language it is in and the link that switches it. */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("lang")
	String language(Locale locale) {
		return Languages.pick(locale, "th", "en");
	}

	/** The signed-in user's name for the header, or null; half-way through sign-in counts as not signed in. */
	@ModelAttribute("currentUsername")
	String currentUsername() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return Feature.signedIn().test(auth) ? auth.getName() : null;
	}

	@ModelAttribute("switchLanguageUrl")
	String switchLanguageUrl(Locale locale, jakarta.servlet.http.HttpServletRequest request) {
		String other = Languages.pick(locale, "en", "th");
		Object failedPath = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		if (failedPath != null) {
			// On an error page, switch the language of the page that failed, not of /error.
			return failedPath + "?lang=" + other;
		}
		// Relative, and keeping the page's other query parameters (filters, paging).
		var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", other).build();
		return uri.getPath() + "?" + uri.getQuery();
	}
}
