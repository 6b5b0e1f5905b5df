package th.tipnet.identity;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.security.CurrentUser;

/** System administrators choose which roles must sign in with a second factor. */
@Controller
@RequestMapping("/admin/security")
class SecurityPolicyController {

	private final RolePolicies policies;

	private final AuditTrail audit;

	SecurityPolicyController(RolePolicies policies, AuditTrail audit) {
		this.policies = policies;
		this.audit = audit;
	}

	@GetMapping
	String show(Model model) {
		CurrentUser.requireRole(Role.SYSTEM_ADMIN.name());
		model.addAttribute("roles", Role.values());
		model.addAttribute("required", policies.totpRequired());
		return "identity/security-policy";
	}

	@PostMapping
	@Transactional
	String save(@RequestParam(name = "totpRequired", required = false) Set<Role> totpRequired) {
		CurrentUser.requireRole(Role.SYSTEM_ADMIN.name());
		Set<Role> before = policies.totpRequired();
		Set<Role> after = totpRequired == null || totpRequired.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(totpRequired);
		for (Role role : Role.values()) {
			policies.requireTotp(role, after.contains(role));
		}
		audit.record(IdentityAudit.ROLE_POLICY, "totp", IdentityAudit.POLICY_CHANGED, Changes.none().field("totpRequired", before, after));
		return "redirect:/admin/security?saved";
	}
}
