package th.tipnet.audit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.tipnet.audit.AuditQuery;
import th.tipnet.audit.AuditTrail;

/** The audit log page: browse and filter, and verify the chain. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	String browse(@RequestParam(required = false) @Size(max = 64) String actor,
			@RequestParam(required = false) @Size(max = 60) String entityType,
			@RequestParam(required = false) @Size(max = 60) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model) {
		var query = new AuditQuery(actor, entityType, action, from, to);
		model.addAttribute("entries", audit.find(query, page, 50));
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
