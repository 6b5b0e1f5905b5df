package th.tipnet.audit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.audit.AuditEntry;
import th.tipnet.audit.AuditQuery;
import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.ChainVerification;
import th.tipnet.common.web.ItemsPage;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditApi {

	private final AuditTrail audit;

	AuditApi(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "Audit entries, newest first, filtered by actor, entity type, action and date range (Bangkok days)")
	ItemsPage<AuditEntry> entries(@RequestParam(required = false) @Size(max = 64) String actor,
			@RequestParam(required = false) @Size(max = 60) String entityType,
			@RequestParam(required = false) @Size(max = 60) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		var found = audit.find(new AuditQuery(actor, entityType, action, from, to), page, size);
		return new ItemsPage<>(found.getContent(), found.getTotalElements());
	}

	@GetMapping("/verify")
	@Operation(summary = "Walk the hash chain: valid, or the first broken entry")
	ChainVerification verify() {
		return audit.verify();
	}
}
