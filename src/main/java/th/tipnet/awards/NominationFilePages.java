package th.tipnet.awards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;

/**
 * A nomination's files in the browser: the upload on the nomination's page and each file's download.
 * A refused file comes back on the nomination's page with its reason beside the file field and its
 * 4xx status.
 */
@Controller
class NominationFilePages {

	private final NominationFiles files;

	private final NominationPages pages;

	NominationFilePages(NominationFiles files, NominationPages pages) {
		this.files = files;
		this.pages = pages;
	}

	@PostMapping("/awards/nominations/{id}/attachments")
	String attach(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		try {
			files.attach(new NominationId(id), file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			redirect.addFlashAttribute("saved", "ATTACHED");
			return "redirect:/awards/nominations/" + id;
		}
		catch (DomainException e) {
			if (e.status().value() == 404 || e.status().value() == 403) {
				throw e;
			}
			response.setStatus(e.status().value());
			model.addAttribute("fileError", e);
			return pages.nomination(id, model, locale);
		}
	}

	@GetMapping("/awards/nominations/{id}/attachments/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId) {
		return send(files.download(new NominationId(id), fileId));
	}

	@PostMapping("/awards/nominations/{id}/attachments/{fileId}/remove")
	String remove(@PathVariable UUID id, @PathVariable UUID fileId, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		return FormErrors.attempt(response, () -> {
			files.remove(new NominationId(id), fileId);
			redirect.addFlashAttribute("saved", "REMOVED");
			return "redirect:/awards/nominations/" + id;
		}, e -> {
			model.addAttribute("fileError", e);
			return pages.nomination(id, model, locale);
		});
	}

	/** A file handed out, the page's way and the API's: as its type, never cached, named as it was given. */
	static ResponseEntity<byte[]> send(NominationFiles.Download d) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.file().contentType()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.file().name(), StandardCharsets.UTF_8).build().toString())
			.body(d.bytes());
	}
}
