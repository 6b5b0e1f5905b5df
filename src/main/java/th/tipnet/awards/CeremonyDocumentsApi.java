package th.tipnet.awards;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.DomainException;
import th.tipnet.common.Languages;
import th.tipnet.common.web.Downloads;

/**
 * A round's ceremony documents for systems the secretariat uses (the finance office's, a print
 * shop's): each winner's certificate as PDF, all of them as one ZIP, the prize list as XLSX. The
 * secretariat's alone (network coordinators, system administrators); 403 for anybody else.
 */
@RestController
@Tag(name = "Awards")
class CeremonyDocumentsApi {

	private static final String LANGUAGE = "^(th|en)$";

	private final AwardCertificates certificates;

	private final PrizeList prizes;

	CeremonyDocumentsApi(AwardCertificates certificates, PrizeList prizes) {
		this.certificates = certificates;
		this.prizes = prizes;
	}

	@GetMapping("/api/v1/award-rounds/{id}/certificates/{nominationId}")
	@Operation(summary = "A confirmed winner's certificate as PDF (A4 landscape, Thai or English), with its number and a QR "
			+ "code to the public check /certificates/{number}: printed again it keeps its number; when what it states changed "
			+ "(another signatory, a corrected name) the old number is revoked and points to the new one. The secretariat's "
			+ "alone (403 for anybody else). 404 for a round that does not exist or a nomination that is not one of its "
			+ "confirmed winners; 409 while the round's issuer or signatory is not named, or no winner is confirmed; 422 "
			+ "naming language when it is neither th nor en.",
			responses = @ApiResponse(responseCode = "200", description = "The certificate",
					content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> certificate(@PathVariable UUID id, @PathVariable UUID nominationId,
			@RequestParam(defaultValue = "th") @Parameter(schema = @Schema(allowableValues = { "th", "en" },
					defaultValue = "th", pattern = LANGUAGE)) String language) {
		AwardCertificates.Printed pdf = certificates.certificate(new RoundId(id), nominationId, language(language));
		return Downloads.attachment(pdf.content(), pdf.fileName(), CeremonyDocumentPages.PDF);
	}

	@GetMapping("/api/v1/award-rounds/{id}/certificates")
	@Operation(summary = "Every confirmed winner's certificate, one PDF each ({category code}-{place}-{number}.pdf), in one "
			+ "ZIP: at most as many as the round's categories' quotas together. The secretariat's alone (403 for anybody else); "
			+ "404 for a round that does not exist; 409 while the issuer or signatory is not named or no winner is confirmed; "
			+ "422 naming language when it is neither th nor en.",
			responses = @ApiResponse(responseCode = "200", description = "The certificates",
					content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> all(@PathVariable UUID id, @RequestParam(defaultValue = "th") @Parameter(schema = @Schema(
			allowableValues = { "th", "en" }, defaultValue = "th", pattern = LANGUAGE)) String language) {
		AwardCertificates.Printed zip = certificates.all(new RoundId(id), language(language));
		return Downloads.attachment(zip.content(), zip.fileName(), CeremonyDocumentPages.ZIP);
	}

	@GetMapping("/api/v1/award-rounds/{id}/prize-list")
	@Operation(summary = "The prize list for the finance office as XLSX: per confirmed winner the category, place, winner, "
			+ "organisation, province, plaque, amount in baht (a number) and the Thai certificate's number (empty while the "
			+ "issuer or signatory is not named); every text a text cell, never a formula. Column headings in the language of "
			+ "Accept-Language (Thai unless English). The secretariat's alone (403 for anybody else); 404 for a round that "
			+ "does not exist; 409 while no winner is confirmed.",
			responses = @ApiResponse(responseCode = "200", description = "The prize list",
					content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
							schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> prizeList(@PathVariable UUID id, Locale locale) {
		AwardCertificates.Printed xlsx = prizes.xlsx(new RoundId(id), locale);
		return Downloads.attachment(xlsx.content(), xlsx.fileName(), Downloads.XLSX);
	}

	private static Locale language(String language) {
		if (language == null || !language.matches(LANGUAGE)) {
			throw DomainException.invalid("language", "awards.certificates.language");
		}
		return Languages.supported(language);
	}
}
