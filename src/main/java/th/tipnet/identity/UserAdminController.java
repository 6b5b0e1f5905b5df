package th.tipnet.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;

/** Administrators' account pages, each limited to the administrator's scope by {@link UserAdministration}. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAdministration administration;

	private final Directory directory;

	UserAdminController(UserAdministration administration, Directory directory) {
		this.administration = administration;
		this.directory = directory;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, Model model, java.util.Locale locale) {
		var users = administration.list(q, page, 25);
		model.addAttribute("users", users.map(UserView::of));
		model.addAttribute("q", q);
		var names = new java.util.HashMap<UUID, String>();
		users.forEach(u -> names.computeIfAbsent(u.organisationId(),
				id -> directory.summary(OrganisationId.of(id)).map(o -> o.name(locale)).orElse("")));
		model.addAttribute("orgNames", names);
		return "identity/users";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new AccountForm(null, "", "", "", null, EnumSet.of(Role.MEMBER), null, 0));
		return formPage(model, true);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		return FormErrors.submit(result, response, () -> {
			var created = administration.create(new UserAdministration.NewAccount(form.username(), form.displayName(),
					form.email(), form.membership()));
			model.addAttribute("user", UserView.of(created.user()));
			model.addAttribute("temporaryPassword", created.temporaryPassword());
			return "identity/temporary-password";
		}, () -> formPage(model, true));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		User user = administration.get(id);
		model.addAttribute("form", new AccountForm(user.username(), user.username(), user.displayName(), user.email(),
				user.organisationId(), user.roles(), user.provinceCode(), user.version()));
		model.addAttribute("user", UserView.of(user));
		return formPage(model, false);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("user", UserView.of(administration.get(id)));
		return FormErrors.submit(result, response, () -> {
			administration.update(id, form.version(),
					new UserAdministration.AccountChange(form.displayName(), form.email(), form.membership()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}, () -> formPage(model, false));
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		administration.disable(id, version);
		redirect.addFlashAttribute("disabled", true);
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		administration.enable(id, version);
		redirect.addFlashAttribute("enabled", true);
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable UUID id, @RequestParam long version, Model model) {
		String temporary = administration.resetPassword(id, version);
		model.addAttribute("user", UserView.of(administration.get(id)));
		model.addAttribute("temporaryPassword", temporary);
		return "identity/temporary-password";
	}

	private String formPage(Model model, boolean creating) {
		AdministrationScope scope = administration.scope();
		model.addAttribute("creating", creating);
		model.addAttribute("assignableRoles", scope.assignableRoles());
		model.addAttribute("organisationChoices",
				directory.summaries().stream().filter(o -> scope.covers(o.id().value())).toList());
		model.addAttribute("provinces", directory.provinceNames(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		return "identity/user-form";
	}

	record AccountForm(String currentUsername, @NotBlank @Size(max = 64) String username,
			@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 254) String email,
			@NotNull UUID organisationId, Set<Role> roles, @Size(max = 5) String provinceCode, long version) {

		User.Membership membership() {
			return new User.Membership(organisationId, provinceCode == null || provinceCode.isBlank() ? null : provinceCode,
					roles == null ? Set.of() : roles);
		}
	}
}
