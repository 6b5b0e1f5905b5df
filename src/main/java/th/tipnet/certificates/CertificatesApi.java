package th.tipnet.certificates;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.DomainException;

/** The check of a certificate for systems (a registry, an employer's HR system): what the public page says, as JSON. */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "Certificates")
class CertificatesApi {

	private final Certificates certificates;

	private final VerificationThrottle throttle;

	CertificatesApi(Certificates certificates, VerificationThrottle throttle) {
		this.certificates = certificates;
		this.throttle = throttle;
	}

	@GetMapping("/{number}")
	@Operation(summary = "Check a certificate by the number printed on it (no account needed): VALID or REVOKED with what "
			+ "the certificate states; 404 for a number never issued; 400 naming number when it is not of the form "
			+ "TIP-<B.E. year>-XXXXX-XXXXX; 429 with Retry-After beyond the client address's checks a minute")
	@ApiResponse(responseCode = "200", description = "The certificate, valid or revoked")
	@ApiResponse(responseCode = "400", description = "Not a certificate number (names the field number)")
	@ApiResponse(responseCode = "404", description = "No certificate has this number")
	@ApiResponse(responseCode = "429", description = "Too many checks from this address: try again after Retry-After seconds")
	ResponseEntity<CertificateView> check(@PathVariable @Parameter(description = "As printed; lower case is accepted",
			schema = @Schema(pattern = CertificateNumber.PATTERN, maxLength = 40)) String number, HttpServletRequest request) {
		throttle.admit(request.getRemoteAddr());
		CertificateNumber read = CertificateNumber.read(number)
			.orElseThrow(() -> new DomainException(HttpStatus.BAD_REQUEST, "certificates.malformed", "number"));
		IssuedCertificate c = certificates.verify(read).orElseThrow(() -> DomainException.notFound("certificate"));
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(CertificateView.of(c));
	}

	record CertificateView(String number, @Schema(allowableValues = { "VALID", "REVOKED" }) String status,
			CertificateKind kind, @Schema(allowableValues = { "th", "en" }) String language, String holder, String title,
			String issuer, String signatoryName, String signatoryPosition, LocalDate issuedOn, Instant revokedAt,
			String replacedBy) {

		static CertificateView of(IssuedCertificate c) {
			return new CertificateView(c.number().value(), c.valid() ? "VALID" : "REVOKED", c.kind(), c.language().getLanguage(),
					c.holder(), c.title(), c.issuer(), c.signatoryName(), c.signatoryPosition(), c.issuedOn(), c.revokedAt(),
					c.replacedBy() == null ? null : c.replacedBy().value());
		}
	}
}
