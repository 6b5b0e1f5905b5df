package th.tipnet.common.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what TIPNet is and, for a signed-in person, what needs them now (approvals
 * waiting, referrals to answer, profiles due for confirmation, events they organise), then the way
 * to each feature they may use. {@code /admin} gathers the administration features.
 */
@Controller
class HomeController {

	private final List<Feature> features;

	private final List<Attentions> attentions;

	HomeController(List<Feature> features, List<Attentions> attentions) {
		this.features = features;
		this.attentions = attentions;
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = Feature.signedIn().test(auth);
		model.addAttribute("features", usable(auth).filter(f -> !Administration.covers(f)).toList());
		model.addAttribute("signedIn", signedIn);
		model.addAttribute("attention", signedIn ? attention(locale) : List.of());
		model.addAttribute("administration", Administration.mayUse(features).test(auth));
		return "home";
	}

	@GetMapping("/admin")
	String administration(Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		List<Feature> admin = usable(auth).filter(Administration::covers).toList();
		if (admin.isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("No administration feature");
		}
		model.addAttribute("features", admin);
		return "administration";
	}

	private java.util.stream.Stream<Feature> usable(Authentication auth) {
		return features.stream().filter(f -> f.mayUse().test(auth)).sorted(Comparator.comparingInt(Feature::order));
	}

	private List<Attention> attention(Locale locale) {
		return attentions.stream()
			.flatMap(a -> a.forReader(locale).stream())
			.filter(Attention::shown)
			.sorted(Comparator.comparingInt(Attention::order))
			.toList();
	}
}
