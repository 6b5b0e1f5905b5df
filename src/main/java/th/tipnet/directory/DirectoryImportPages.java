package th.tipnet.directory;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.Downloads;
import th.tipnet.common.web.FormErrors;

/**
 * Importing organisations: upload, see every bad row with its number and reason, and import only
 * when all rows are valid. The checked file waits in the session for the confirmation.
 */
@Controller
@RequestMapping("/directory/import")
class DirectoryImportPages {

	private static final String PENDING = DirectoryImportPages.class.getName() + ".file";

	private static final String PENDING_NAME = DirectoryImportPages.class.getName() + ".name";

	private final DirectoryImport imports;

	private final DirectoryEditing editing;

	DirectoryImportPages(DirectoryImport imports, DirectoryEditing editing) {
		this.imports = imports;
		this.editing = editing;
	}

	@GetMapping
	String form(Model model) {
		requireCoordinator();
		describeFile(model);
		return "directory/import";
	}

	@PostMapping
	String check(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model,
			HttpServletResponse response, Locale locale) throws IOException {
		requireCoordinator();
		describeFile(model);
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("fileError", "directory.import.empty");
			return "directory/import";
		}
		byte[] content = file.getBytes();
		return FormErrors.attempt(response, () -> {
			DirectoryImport.Report report = imports.dryRun(file.getOriginalFilename(), content);
			model.addAttribute("report", report);
			if (report.valid()) {
				session.setAttribute(PENDING, content);
				session.setAttribute(PENDING_NAME, file.getOriginalFilename());
			}
			else {
				session.removeAttribute(PENDING);
				response.setStatus(422);
			}
			return "directory/import";
		}, e -> {
			model.addAttribute("fileError", e.messageKey());
			model.addAttribute("fileErrorArgs", e.arguments());
			return "directory/import";
		});
	}

	@PostMapping("/confirm")
	String confirm(HttpSession session, RedirectAttributes redirect) {
		requireCoordinator();
		byte[] content = (byte[]) session.getAttribute(PENDING);
		if (content == null) {
			throw DomainException.conflict("directory.import.nothingPending");
		}
		int imported = imports.importAll((String) session.getAttribute(PENDING_NAME), content);
		session.removeAttribute(PENDING);
		session.removeAttribute(PENDING_NAME);
		redirect.addFlashAttribute("imported", imported);
		return "redirect:/directory/import";
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template() {
		List<String> example = List.of("มูลนิธิตัวอย่าง", "Example Foundation", "", "EXF", "NGO", "", "TH-50;TH-57", "SHELTER;LEGAL_AID",
				"th;my;en", "", "", "", "", "", "สมหญิง ใจดี", "ผู้ประสานงาน", "053-000-000", "contact@example.org", "", "no");
		return Downloads.attachment(Downloads.csv(DirectoryImport.COLUMNS, List.of(example)), "tipnet-import-template.csv",
				Downloads.CSV);
	}

	/** The columns and limits the page states, so a file is made right the first time. */
	private void describeFile(Model model) {
		model.addAttribute("columns", DirectoryImport.COLUMNS);
		model.addAttribute("maxRows", imports.maxRows());
		model.addAttribute("maxFileMegabytes", imports.maxFileMegabytes());
	}

	private void requireCoordinator() {
		if (!editing.mayRestructure()) {
			throw DomainException.forbidden();
		}
	}
}
