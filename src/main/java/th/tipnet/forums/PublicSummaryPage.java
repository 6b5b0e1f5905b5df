package th.tipnet.forums;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.tipnet.common.Actor;


/**
 * A forum's public summary page, for visitors without an account, at the forum's id: a random (version 4) UUID
 * that cannot be guessed or counted through, so no second public name is needed. It may be kept by browsers and
 * shared caches for {@value #CACHE_SECONDS} seconds, so a link shared widely costs the database little; a change
 * of what the chair marks shows within that time.
 */
@Controller
class PublicSummaryPage {

	static final long CACHE_SECONDS = 60;

	private final PublicSummaries summaries;

	PublicSummaryPage(PublicSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/forums/{id}/summary")
	String summary(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("s", summaries.of(id, locale));
		// A member's page carries their name in the header: only a visitor's page may be kept by shared caches.
		CacheControl cache = CacheControl.maxAge(Duration.ofSeconds(CACHE_SECONDS));
		cache = Actor.current().userId() == null ? cache.cachePublic() : cache.cachePrivate();
		response.setHeader(HttpHeaders.CACHE_CONTROL, cache.getHeaderValue());
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		return "forums/summary";
	}
}
