package th.tipnet.common.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what TIPNet is, and the way to each feature this user may use. */
@Controller
class HomeController {

	private final List<Feature> features;

	HomeController(List<Feature> features) {
		this.features = features;
	}

	@GetMapping("/")
	String home(Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		model.addAttribute("features",
				features.stream().filter(f -> f.mayUse().test(auth)).sorted(Comparator.comparingInt(Feature::order)).toList());
		model.addAttribute("signedIn", Feature.signedIn().test(auth));
		return "home";
	}
}
