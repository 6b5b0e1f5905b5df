package th.tipnet.common.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

import th.tipnet.common.Languages;

/**
 * What every page's layout needs: the language it is in, who is signed in and the link that
 * switches the language. Added only when a page is about to be rendered (error pages included),
 * so API answers and redirects, which have no layout, do not pay for it on every request.
 */
class LayoutModel implements HandlerInterceptor {

	private final java.util.List<NavigationLink> navigation;

	LayoutModel(java.util.List<NavigationLink> navigation) {
		this.navigation = navigation;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
		if (page == null || !rendersPage(page)) {
			return;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		page.addObject("lang", Languages.pick(locale, "th", "en"));
		page.addObject("currentUsername", currentUsername());
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		page.addObject("navigation", navigation.stream().filter(link -> link.mayUse().test(auth)).map(NavigationLink::shown).toList());
		page.addObject("switchLanguageUrl", switchLanguageUrl(locale, request));
	}

	private static boolean rendersPage(ModelAndView page) {
		String name = page.getViewName();
		return !(page.getView() instanceof RedirectView) && !(name != null && name.startsWith("redirect:"));
	}

	/** The signed-in user's name for the header, or null; half-way through sign-in counts as not signed in. */
	private static String currentUsername() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return Feature.signedIn().test(auth) ? auth.getName() : null;
	}

	private static String switchLanguageUrl(Locale locale, HttpServletRequest request) {
		String other = Languages.pick(locale, "en", "th");
		if (request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE) != null) {
			// An error page links to the application's own home page: the path that failed is the
			// requester's text, and echoing it would let a crafted link put anything in the page.
			return "/?lang=" + other;
		}
		// Relative, and keeping the page's other query parameters (filters, paging); a path that
		// starts with two slashes would leave the site, so such a page switches from home.
		var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", other).build();
		String path = uri.getPath() == null || !uri.getPath().startsWith("/") || uri.getPath().startsWith("//") ? "/"
				: uri.getPath();
		return path + "?" + uri.getQuery();
	}
}
