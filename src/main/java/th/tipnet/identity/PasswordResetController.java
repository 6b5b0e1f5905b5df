package th.tipnet.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import th.tipnet.common.web.FormErrors;

/**
 * "Forgot password?": a form asking for the user name or e-mail address, which always answers the
 * same; and the page the mailed link opens, where the token (from the link's fragment, or pasted)
 * and a new password are sent. Both are open to visitors.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/forgot-password")
	String askForm(@ModelAttribute("form") AskForm form, Model model) {
		model.addAttribute("linkMinutes", resets.linkMinutes());
		return "identity/forgot-password";
	}

	@PostMapping("/forgot-password")
	String ask(@Valid @ModelAttribute("form") AskForm form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		if (FormErrors.invalid(result, response)) {
			return askForm(form, model);
		}
		resets.request(form.account(), ClientAddress.of(request), locale);
		return "redirect:/forgot-password?sent";
	}

	@GetMapping("/password-reset")
	String resetForm(@ModelAttribute("form") ResetForm form) {
		return "identity/password-reset";
	}

	@PostMapping("/password-reset")
	String reset(@Valid @ModelAttribute("form") ResetForm form, BindingResult result, HttpServletResponse response) {
		return FormErrors.submit(result, response, () -> {
			resets.complete(form.token(), form.newPassword(), form.confirmPassword());
			return "redirect:/login?passwordReset";
		}, () -> "identity/password-reset");
	}

	record AskForm(@NotBlank @Size(max = 254) String account) {
	}

	record ResetForm(@NotBlank @Size(max = 100) String token, @Size(max = 128) String newPassword,
			@Size(max = 128) String confirmPassword) {
	}
}
