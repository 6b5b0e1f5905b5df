package th.tipnet.exhibition.web;

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
import th.tipnet.events.Event;
import th.tipnet.events.EventPlanning;
import th.tipnet.exhibition.Exhibition;
import th.tipnet.exhibition.Photo;

/**
 * The public exhibition of an event: the booth map (an SVG grid coloured by booth type, each booth
 * a link to its entry) and the exhibitor list, which doubles as the map's text alternative, with
 * the survivors' products, their photos, maker groups and prices.
 */
@Controller
@RequestMapping("/events/{slug}/exhibition")
class ExhibitionPages {

	private final EventPlanning planning;

	private final Exhibition exhibition;

	private final Directory directory;

	ExhibitionPages(EventPlanning planning, Exhibition exhibition, Directory directory) {
		this.planning = planning;
		this.exhibition = exhibition;
		this.directory = directory;
	}

	@GetMapping
	String exhibition(@PathVariable @Size(max = 80) String slug, Model model, Locale locale) {
		Event event = planning.bySlug(slug);
		model.addAttribute("event", event);
		model.addAttribute("view", ExhibitionView.of(event, exhibition.booths(event.id()), directory, locale));
		model.addAttribute("manages", planning.mayManage(event));
		return "exhibition/exhibition";
	}

	/**
	 * A product's photo. Its type was checked from its bytes on upload and is never sniffed again;
	 * browsers and proxies may keep it an hour and then revalidate with the ETag (a 304 if unchanged).
	 */
	@GetMapping("/products/{productId}/photo")
	ResponseEntity<byte[]> photo(@PathVariable @Size(max = 80) String slug, @PathVariable UUID productId) {
		Event event = planning.bySlug(slug);
		Photo photo = exhibition.photo(event.id(), productId).orElseThrow(() -> DomainException.notFound("photo"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.eTag("\"" + photo.digest() + "\"")
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(photo.bytes());
	}
}
