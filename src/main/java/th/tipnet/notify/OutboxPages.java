package th.tipnet.notify;

import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.tipnet.common.DomainException;

/**
 * The outbox for system administrators: what the application would have sent, newest first, and
 * each message as its recipient would see it. An HTML mail is shown in a sandboxed frame (no
 * scripts, no forms, an opaque origin) served with its own CSP that allows nothing from outside:
 * images only as the data URIs the message carried, so opening a mail calls no one.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxPages {

	/** The frame's own policy: no scripts, nothing fetched, framed only by this site. */
	static final String LETTER_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
			+ "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> sender;

	OutboxPages(Outbox outbox, ObjectProvider<JavaMailSender> sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000) int page, Model model) {
		long total = outbox.count();
		model.addAttribute("letters", outbox.list(page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Math.max(1, (total + Outbox.PAGE_SIZE - 1) / Outbox.PAGE_SIZE));
		model.addAttribute("keeping", sender.getIfAvailable() instanceof OutboxMailSender);
		return "notify/outbox";
	}

	@GetMapping("/{id}")
	String letter(@PathVariable long id, Model model) {
		Letter letter = outbox.read(id).orElseThrow(() -> DomainException.notFound("mail"));
		model.addAttribute("letter", letter);
		return "notify/letter";
	}

	/** The HTML of one message, for the sandboxed frame of its page only. */
	@GetMapping("/{id}/body")
	ResponseEntity<byte[]> body(@PathVariable long id) {
		Letter letter = outbox.read(id).orElseThrow(() -> DomainException.notFound("mail"));
		if (letter.html() == null) {
			throw DomainException.notFound("mail");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", LETTER_CSP)
			.header("X-Frame-Options", "SAMEORIGIN")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(letter.html().getBytes(StandardCharsets.UTF_8));
	}
}
