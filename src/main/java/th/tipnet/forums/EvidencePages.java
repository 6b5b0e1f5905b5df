package th.tipnet.forums;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;

/**
 * Evidence files of an action as pages: the form giving a file with one of its updates, for those who may report on
 * it, and the download, for any signed-in member. A refused file comes back on the form with the reason beside the
 * file field (422), nothing stored.
 */
@Controller
class EvidencePages {

	private final ActionEvidence evidence;

	private final FollowUps followUps;

	EvidencePages(ActionEvidence evidence, FollowUps followUps) {
		this.evidence = evidence;
		this.followUps = followUps;
	}

	@GetMapping("/actions/{id}/files/new")
	String form(@PathVariable UUID id, Model model) {
		FollowUps.Followed f = followUps.get(id);
		if (!followUps.mayReport(f.action())) {
			throw DomainException.forbidden();
		}
		return page(f, f.action().updates().size() - 1, model);
	}

	@PostMapping("/actions/{id}/files")
	String attach(@PathVariable UUID id, @RequestParam(name = "update", defaultValue = "-1") int update, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
		return FormErrors.attempt(response, () -> {
			EvidenceFile file = ForumOutputsApi.attach(evidence, id, update, request);
			redirect.addFlashAttribute("fileAdded", file.fileName());
			return "redirect:/actions/" + id + "#evidence";
		}, e -> {
			model.addAttribute("refused", FormErrors.violations(e));
			return page(followUps.get(id), update, model);
		});
	}

	@GetMapping("/actions/{id}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId) {
		return ForumOutputsApi.file(evidence.download(id, fileId));
	}

	private static String page(FollowUps.Followed f, int update, Model model) {
		model.addAttribute("a", f.action());
		model.addAttribute("chosen", update);
		model.addAttribute("maxMegabytes", ActionEvidence.MAX_MEGABYTES);
		return "forums/evidence";
	}
}
