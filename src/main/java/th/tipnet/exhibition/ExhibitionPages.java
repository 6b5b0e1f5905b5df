package th.tipnet.exhibition;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import th.tipnet.common.DomainException;
import th.tipnet.directory.Directory;
import th.tipnet.events.EventSummary;
import th.tipnet.events.EventPlanning;

/**
 * The public exhibition of an event: the booth map (an SVG grid coloured by booth type, each booth
 * a link to its entry) and the exhibitor list, which doubles as the map's text alternative, with
 * the survivors' products, their photos, maker groups and prices.
 */
@Controller
@RequestMapping("/events/{slug}/exhibition")
class ExhibitionPages {

	private final EventPlanning planning;

	private final Exhibitors exhibitors;

	private final Showcase showcase;

	private final Directory directory;

	private final BoothOffers offers;

	ExhibitionPages(EventPlanning planning, Exhibitors exhibitors, Showcase showcase, Directory directory, BoothOffers offers) {
		this.offers = offers;
		this.planning = planning;
		this.exhibitors = exhibitors;
		this.showcase = showcase;
		this.directory = directory;
	}

	@GetMapping
	String exhibition(@PathVariable @Size(max = 80) String slug, Model model, Locale locale) {
		EventSummary event = planning.visibleSummary(slug);
		model.addAttribute("event", event);
		model.addAttribute("view", ExhibitionView.of(event, exhibitors.booths(event.id().value()), directory, locale));
		model.addAttribute("manages", planning.mayManage(event.id()));
		model.addAttribute("offers", offers.at(event.id().value(), locale));
		return "exhibition/exhibition";
	}

	/**
	 * A product's photo. Its type was checked from its bytes on upload and is never sniffed again;
	 * browsers and proxies may keep it an hour and then revalidate with the ETag (a 304 if unchanged).
	 */
	@GetMapping("/products/{productId}/photo")
	ResponseEntity<byte[]> photo(@PathVariable @Size(max = 80) String slug, @PathVariable UUID productId) {
		EventSummary event = planning.visibleSummary(slug);
		Photo photo = showcase.photo(event.id().value(), productId).orElseThrow(() -> DomainException.notFound("photo"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.eTag("\"" + photo.digest() + "\"")
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(photo.bytes());
	}
}
