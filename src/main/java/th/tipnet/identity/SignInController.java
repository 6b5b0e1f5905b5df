package th.tipnet.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;

/** The sign-in page and the second-factor step. The password itself is checked by Spring Security. */
@Controller
class SignInController {

	private final Accounts accounts;

	private final SignInSteps steps;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	SignInController(Accounts accounts, SignInSteps steps, LoginThrottle throttle, AuditTrail audit) {
		this.accounts = accounts;
		this.steps = steps;
		this.throttle = throttle;
		this.audit = audit;
	}

	/** The sign-in page; after too many failures it says about how many minutes to wait (1 to 60). */
	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String locked, Model model) {
		if (locked != null) {
			model.addAttribute("waitMinutes", minutes(locked));
		}
		return "identity/login";
	}

	private static int minutes(String given) {
		try {
			return Math.min(60, Math.max(1, Integer.parseInt(given)));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	@GetMapping("/login/totp")
	String secondFactor() {
		return "identity/login-totp";
	}

	@PostMapping("/login/totp")
	String checkSecondFactor(@RequestParam(required = false) String code, Authentication auth, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		SignedInUser user = (SignedInUser) auth.getPrincipal();
		String address = ClientAddress.of(request);
		if (throttle.lockedUntil(user.username(), address) == null && accounts.verifySecondFactor(user.userId(), code)) {
			steps.advance(request, response, user, true);
			return null;
		}
		throttle.failed(user.username(), address);
		audit.record(IdentityAudit.USER, user.userId(), IdentityAudit.SECOND_FACTOR_FAILED, Changes.none());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("failed", true);
		return "identity/login-totp";
	}
}
