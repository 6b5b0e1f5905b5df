package th.tipnet.notify;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in reader's notices, newest first, twenty a page. Opening one marks it read for this
 * reader and goes where it leads; a notice of anyone else is "not found".
 */
@Controller
@RequestMapping("/notices")
class NoticePages {

	private final Notices notices;

	NoticePages(Notices notices) {
		this.notices = notices;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, Model model) {
		long total = notices.count();
		model.addAttribute("notices", notices.page(page));
		model.addAttribute("total", total);
		model.addAttribute("unread", notices.unread());
		model.addAttribute("page", page);
		model.addAttribute("pages", Math.max(1, (total + Notices.PAGE_SIZE - 1) / Notices.PAGE_SIZE));
		return "notify/notices";
	}

	/** Opening a notice is reading it: marked read for this reader only (an idempotent record), then on to its link. */
	@GetMapping("/{id}")
	String open(@PathVariable UUID id) {
		return "redirect:" + notices.open(id);
	}

	@PostMapping("/read-all")
	String readAll() {
		notices.readAll();
		return "redirect:/notices";
	}
}
