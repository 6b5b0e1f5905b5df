package th.tipnet.awards;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.Languages;
import th.tipnet.common.web.Downloads;
import th.tipnet.common.web.FormErrors;

/**
 * The secretariat's page for a round's ceremony documents: who gives and who signs the certificates
 * (a form; a refused field comes back beside it with its 4xx, nothing saved), the confirmed winners
 * each with their certificate in Thai and in English, all certificates as one ZIP, and the prize list
 * for the finance office as XLSX. Anybody else is refused before the handler (403) or by the services.
 */
@Controller
class CeremonyDocumentPages {

	static final MediaType PDF = MediaType.APPLICATION_PDF;

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	/** What the form holds: the issuing organisation's names and the signatory's names and positions. */
	record SigningForm(String issuerTh, String issuerEn, String nameTh, String positionTh, String nameEn, String positionEn) {

		static SigningForm of(RoundSigning.Signing s) {
			return new SigningForm(s.issuer() == null ? "" : s.issuer().nameTh(),
					s.issuer() == null || s.issuer().nameEn() == null ? "" : s.issuer().nameEn(),
					s.signatory() == null ? "" : s.signatory().nameTh(), s.signatory() == null ? "" : s.signatory().positionTh(),
					s.signatory() == null || s.signatory().nameEn() == null ? "" : s.signatory().nameEn(),
					s.signatory() == null || s.signatory().positionEn() == null ? "" : s.signatory().positionEn());
		}
	}

	private final Awards awards;

	private final RoundSigning signing;

	private final AwardCertificates certificates;

	private final PrizeList prizes;

	private final Clock clock;

	CeremonyDocumentPages(Awards awards, RoundSigning signing, AwardCertificates certificates, PrizeList prizes, Clock clock) {
		this.awards = awards;
		this.signing = signing;
		this.certificates = certificates;
		this.prizes = prizes;
		this.clock = clock;
	}

	@GetMapping("/awards/rounds/{id}/certificates")
	String page(@PathVariable UUID id, Model model, Locale locale) {
		RoundSigning.Signing named = signing.of(new RoundId(id));
		model.addAttribute("form", SigningForm.of(named));
		return page(new RoundId(id), named, model, locale);
	}

	@PostMapping("/awards/rounds/{id}/certificates/signing")
	String sign(@PathVariable UUID id, @ModelAttribute("form") SigningForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		RoundId round = new RoundId(id);
		RoundSigning.Signing before = signing.of(round);
		return FormErrors.submit(result, response, () -> {
			signing.sign(round, form.issuerTh(), form.issuerEn(), form.nameTh(), form.positionTh(), form.nameEn(), form.positionEn());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/awards/rounds/" + round + "/certificates";
		}, () -> page(round, before, model, locale));
	}

	@GetMapping("/awards/rounds/{id}/certificates/{nominationId}")
	ResponseEntity<byte[]> certificate(@PathVariable UUID id, @PathVariable UUID nominationId,
			@RequestParam(defaultValue = "th") String language) {
		AwardCertificates.Printed pdf = certificates.certificate(new RoundId(id), nominationId, Languages.supported(language));
		return Downloads.attachment(pdf.content(), pdf.fileName(), PDF);
	}

	@GetMapping("/awards/rounds/{id}/certificates.zip")
	ResponseEntity<byte[]> all(@PathVariable UUID id, @RequestParam(defaultValue = "th") String language) {
		AwardCertificates.Printed zip = certificates.all(new RoundId(id), Languages.supported(language));
		return Downloads.attachment(zip.content(), zip.fileName(), ZIP);
	}

	@GetMapping("/awards/rounds/{id}/prize-list.xlsx")
	ResponseEntity<byte[]> prizeList(@PathVariable UUID id, Locale locale) {
		AwardCertificates.Printed xlsx = prizes.xlsx(new RoundId(id), locale);
		return Downloads.attachment(xlsx.content(), xlsx.fileName(), Downloads.XLSX);
	}

	private String page(RoundId id, RoundSigning.Signing named, Model model, Locale locale) {
		AwardRound round = awards.round(id);
		model.addAttribute("round", AwardPages.Row.of(round, clock.instant(), locale));
		model.addAttribute("signed", named.complete());
		model.addAttribute("winners", certificates.listed(id, locale));
		return "awards/ceremony-documents";
	}
}
