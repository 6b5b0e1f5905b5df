package th.tipnet.events;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The door scanner's service worker, which keeps the scanner page on the phone so it opens again
 * without network. Served under {@code /events/} because a worker may only control pages under its
 * own path; each scanner page registers it with its own path as the scope.
 */
@Controller
class ScannerWorker {

	private static final Resource SCRIPT = new ClassPathResource("th/tipnet/events/scanner-sw.js");

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	@GetMapping("/events/scanner-sw.js")
	ResponseEntity<Resource> script() {
		// Revalidated on each check, so a fixed worker reaches every phone at its next online visit.
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(SCRIPT);
	}
}
