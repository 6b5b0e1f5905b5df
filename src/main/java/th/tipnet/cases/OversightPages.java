package th.tipnet.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import th.tipnet.common.web.Feature;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.ProvinceCode;

/**
 * The coordinators' pages: the pseudonymised list and case (shown at {@code /cases} and
 * {@code /cases/{id}} when the caller is a coordinator who sees them no other way) and the break-glass
 * form. {@link Oversight} decides what they see; these only render.
 */
@Controller
class OversightPages {

	static final String LIST = "cases/oversight-list";

	static final String CASE = "cases/oversight-case";

	private final Oversight oversight;

	private final Directory directory;

	OversightPages(Oversight oversight, Directory directory) {
		this.oversight = oversight;
		this.directory = directory;
	}

	/** The break-glass form as typed. */
	record BreakGlassForm(String reason) {
	}

	/** The coordinator's list at {@code /cases}. */
	String list(int page, Model model, Locale locale) {
		Page<PseudonymisedCase.Line> found = oversight.list(page, CasePages.PAGE_SIZE);
		model.addAttribute("rows", found.getContent()
			.stream()
			.map(l -> new Row(l, provinceName(l.provinceCode(), locale), organisationName(l.leadOrganisationId(), locale)))
			.toList());
		model.addAttribute("page", found);
		model.addAttribute("scope", Oversight.scope().map(s -> s.network() ? null : provinceName(s.province(), locale)).orElse(null));
		return LIST;
	}

	/** The pseudonymised case at {@code /cases/{id}}, when that is how the caller sees it. */
	Optional<String> insteadOfCase(CaseId id, Model model, Locale locale) {
		return oversight.insteadOfCase(id, "page").map(c -> render(c, new BreakGlassForm(""), model, locale));
	}

	@PostMapping("/cases/{id}/break-glass")
	String breakGlass(@PathVariable UUID id, @ModelAttribute("breakGlass") BreakGlassForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response) {
		return FormErrors.attempt(response, () -> {
			oversight.breakGlass(new CaseId(id), form.reason());
			return "redirect:/cases/" + id;
		}, e -> {
			PseudonymisedCase c = oversight.insteadOfCase(new CaseId(id), "page").orElseThrow(() -> e);
			FormErrors.reject(result, e, response);
			return render(c, form, model, locale);
		});
	}

	private String render(PseudonymisedCase c, BreakGlassForm form, Model model, Locale locale) {
		model.addAttribute("c", c);
		model.addAttribute("breakGlass", form);
		model.addAttribute("province", provinceName(c.provinceCode(), locale));
		model.addAttribute("lead", organisationName(c.leadOrganisationId(), locale));
		model.addAttribute("referrals", c.referrals()
			.stream()
			.map(r -> new ReferralRow(r, organisationName(r.senderOrganisationId(), locale),
					organisationName(r.receiverOrganisationId(), locale)))
			.toList());
		model.addAttribute("minReason", BreakGlass.MIN_REASON);
		model.addAttribute("hours", oversight.breakGlassHours());
		return CASE;
	}

	private String provinceName(String code, Locale locale) {
		return directory.provinceName(ProvinceCode.of(code)).map(p -> p.name(locale)).orElse(code);
	}

	private String organisationName(UUID id, Locale locale) {
		return directory.summary(OrganisationId.of(id)).map(o -> o.name(locale)).orElse("");
	}

	/** A line of the list with its province and lead organisation named in the reader's language. */
	record Row(PseudonymisedCase.Line c, String province, String lead) {
	}

	record ReferralRow(PseudonymisedCase.ReferralState r, String sender, String receiver) {
	}

	@Bean
	static Feature casesOversightFeature() {
		return new Feature(16, "/cases", "feature.casesOversight.title", "feature.casesOversight.summary",
				auth -> Feature.withRole(Oversight.COORDINATORS).test(auth)
						&& !Feature.withRole(CaseAccess.CASE_ROLES).test(auth));
	}
}
