package th.tipnet.cases;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.web.FormErrors;

/**
 * A case's files on a page: listed and downloaded by whoever may see the case's person, attached by
 * the lead organisation's case workers, with {@link CaseAttachments}' checks (type by content, at most
 * 20 MB) and its audit, as over the API. A refused file shows the page again with the message beside
 * the field and the refusal's status.
 */
@Controller
@RequestMapping("/cases/{id}/attachments")
class AttachmentPages {

	private final CaseAttachments attachments;

	private final MessageSource messages;

	AttachmentPages(CaseAttachments attachments, MessageSource messages) {
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable UUID id, Model model) {
		return page(id, model);
	}

	@PostMapping
	String attach(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) throws IOException {
		return FormErrors.attempt(response, () -> {
			Attachment a = AttachmentsApi.attach(attachments, new CaseId(id), request);
			redirect.addFlashAttribute("attached", a.fileName());
			return "redirect:/cases/" + id + "/attachments";
		}, e -> {
			model.addAttribute("fileError", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return page(id, model);
		});
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return AttachmentsApi.file(attachments.download(new CaseId(id), attachmentId));
	}

	private String page(UUID id, Model model) {
		model.addAttribute("caseId", id);
		CaseAttachments.Listed listed = attachments.listed(new CaseId(id));
		model.addAttribute("listed", listed);
		model.addAttribute("files", listed.files().stream().map(AttachmentsApi.AttachmentView::of).toList());
		model.addAttribute("maxMegabytes", CaseAttachments.MAX_BYTES / (1024 * 1024));
		return "cases/attachments";
	}
}
