package th.tipnet.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;

/** A user's own account: profile, password, second factor. Also the required steps of sign-in. */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final String PENDING_SECRET = AccountController.class.getName() + ".secret";

	private final Accounts accounts;

	private final Directory directory;

	private final Totp totp;

	private final SignInSteps steps;

	AccountController(Accounts accounts, Directory directory, Totp totp, SignInSteps steps) {
		this.accounts = accounts;
		this.directory = directory;
		this.totp = totp;
		this.steps = steps;
	}

	@GetMapping
	String profile(Authentication auth, Model model) {
		User user = accounts.get(me(auth).userId());
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", new EmailForm(user.email(), null));
		}
		model.addAttribute("user", UserView.of(user));
		model.addAttribute("organisation", directory.summary(OrganisationId.of(user.organisationId())).orElse(null));
		model.addAttribute("recoveryCodesLeft", user.totpEnabled() ? accounts.recoveryCodesLeft(user.id()) : 0);
		return "identity/account";
	}

	// --- password ---

	@GetMapping({ "/password", "/password/required" })
	String passwordForm(@ModelAttribute("form") PasswordForm form, HttpServletRequest request, Model model) {
		model.addAttribute("required", request.getRequestURI().endsWith("/required"));
		return "identity/password";
	}

	@PostMapping({ "/password", "/password/required" })
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Authentication auth,
			Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean required = request.getRequestURI().endsWith("/required");
		model.addAttribute("required", required);
		return FormErrors.submit(result, response, () -> {
			User changed = accounts.changePassword(me(auth).userId(), form.currentPassword(), form.newPassword(),
					form.confirmPassword(), request.getSession().getId());
			SignedInUser me = steps.restamp(request, response, changed, auth);
			if (required) {
				steps.advance(request, response, me, SignInStep.secondFactorDone(auth.getAuthorities()));
				return null;
			}
			return "redirect:/account?passwordChanged";
		}, () -> "identity/password");
	}

	// --- e-mail address (where password-reset links go) ---

	@PostMapping("/email")
	String changeEmail(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult result, Authentication auth,
			Model model, HttpServletResponse response) {
		return FormErrors.submit(result, response, () -> {
			accounts.changeEmail(me(auth).userId(), form.currentPassword(), form.email());
			return "redirect:/account?emailChanged";
		}, () -> profile(auth, model));
	}

	// --- second factor ---

	@PostMapping("/totp/start")
	String startEnrolment(Authentication auth, HttpSession session, Model model) {
		return enrolmentPage(me(auth), session, model, false, true);
	}

	@GetMapping("/totp/required")
	String requiredEnrolment(Authentication auth, HttpSession session, Model model) {
		return enrolmentPage(me(auth), session, model, true, false);
	}

	@PostMapping({ "/totp/confirm", "/totp/required/confirm" })
	String confirmEnrolment(@ModelAttribute("form") CodeForm form, Authentication auth, HttpSession session, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		boolean required = request.getRequestURI().contains("/required/");
		SignedInUser me = me(auth);
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return enrolmentPage(me, session, model, required, true);
		}
		return FormErrors.attempt(response, () -> {
			List<String> codes = accounts.enrolTotp(me.userId(), secret, form.code());
			session.removeAttribute(PENDING_SECRET);
			if (required) {
				steps.complete(request, response, me, true);
			}
			model.addAttribute("codes", codes);
			return "identity/recovery-codes";
		}, e -> {
			model.addAttribute("wrongCode", true);
			return enrolmentPage(me, session, model, required, false);
		});
	}

	@PostMapping("/totp/remove")
	String removeTotp(@ModelAttribute("form") PasswordForm form, BindingResult result, Authentication auth, Model model,
			HttpServletResponse response) {
		return FormErrors.attempt(response, () -> {
			accounts.removeTotp(me(auth).userId(), form.currentPassword());
			return "redirect:/account?totpRemoved";
		}, e -> {
			model.addAttribute("removeError", e.messageKey());
			return profile(auth, model);
		});
	}

	private String enrolmentPage(SignedInUser me, HttpSession session, Model model, boolean required, boolean fresh) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || fresh) {
			secret = totp.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		String uri = totp.provisioningUri(me.username(), secret);
		model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("qrCode", totp.qrCodeDataUrl(uri));
		model.addAttribute("required", required);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CodeForm(""));
		}
		return "identity/totp-enrol";
	}

	static SignedInUser me(Authentication auth) {
		return (SignedInUser) auth.getPrincipal();
	}

	record PasswordForm(@NotBlank @Size(max = 128) String currentPassword, @Size(max = 128) String newPassword,
			@Size(max = 128) String confirmPassword) {
	}

	record CodeForm(@Size(max = 32) String code) {
	}

	record EmailForm(@Email @Size(max = 254) String email, @Size(max = 128) String currentPassword) {
	}
}
