package th.tipnet.audit.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.tipnet.audit.AuditEntry;
import th.tipnet.audit.AuditQuery;
import th.tipnet.audit.AuditTrail;
import th.tipnet.common.Dates;

/** The audit log page: browse and filter, and verify the chain. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private final AuditTrail audit;

	private final ReadableLog readable;

	AuditController(AuditTrail audit, ReadableLog readable) {
		this.audit = audit;
		this.readable = readable;
	}

	/**
	 * Dates are typed in the reader's era ({@code 05/06/2567} in Thai) or come back from the
	 * page's own links in ISO. One that cannot be read is named on the page (400), and nothing is
	 * listed rather than a list that ignores it.
	 */
	@GetMapping
	String browse(@RequestParam(required = false) @Size(max = 64) String actor,
			@RequestParam(required = false) @Size(max = 60) String entityType,
			@RequestParam(required = false) @Size(max = 60) String action,
			@RequestParam(required = false) @Size(max = 20) String from,
			@RequestParam(required = false) @Size(max = 20) String to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model,
			HttpServletResponse response, Locale locale) {
		LocalDate fromDate = Dates.read(from).map(Dates.Typed::date).orElse(null);
		LocalDate toDate = Dates.read(to).map(Dates.Typed::date).orElse(null);
		boolean fromUnreadable = from != null && !from.isBlank() && fromDate == null;
		boolean toUnreadable = to != null && !to.isBlank() && toDate == null;
		var query = new AuditQuery(actor, entityType, action, fromDate, toDate);
		Page<AuditEntry> entries;
		if (fromUnreadable || toUnreadable) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("fromUnreadable", fromUnreadable);
			model.addAttribute("toUnreadable", toUnreadable);
			model.addAttribute("typedFrom", from);
			model.addAttribute("typedTo", to);
			entries = Page.empty();
		}
		else {
			entries = audit.find(query, page, 50);
		}
		model.addAttribute("entries", entries);
		model.addAttribute("readable", readable.read(entries.getContent(), locale));
		model.addAttribute("query", query);
		model.addAttribute("entityTypes", audit.entityTypes());
		model.addAttribute("actions", audit.actions());
		return "audit/log";
	}

	@GetMapping("/verify")
	String verify(Model model) {
		model.addAttribute("verification", audit.verify());
		return "audit/verify";
	}
}
