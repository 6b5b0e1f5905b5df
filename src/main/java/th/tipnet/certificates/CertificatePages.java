package th.tipnet.certificates;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public check of a certificate, where its QR code leads: valid, revoked (and by which number it
 * was replaced) or unknown, with what the paper states and nothing more. A number can also be typed
 * in. Each check counts against the client address's allowance ({@link VerificationThrottle}).
 */
@Controller
class CertificatePages {

	enum Finding {
		VALID, REVOKED, UNKNOWN, MALFORMED
	}

	private final Certificates certificates;

	private final VerificationThrottle throttle;

	CertificatePages(Certificates certificates, VerificationThrottle throttle) {
		this.certificates = certificates;
		this.throttle = throttle;
	}

	@GetMapping("/certificates")
	String check(@RequestParam(required = false) String number, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (number == null || number.isBlank()) {
			return "certificates/verify";
		}
		return show(number, request, response, model);
	}

	@GetMapping("/certificates/{number}")
	String show(@PathVariable String number, HttpServletRequest request, HttpServletResponse response, Model model) {
		throttle.admit(request.getRemoteAddr());
		Optional<CertificateNumber> read = CertificateNumber.read(number);
		Optional<IssuedCertificate> found = read.flatMap(certificates::verify);
		Finding finding = read.isEmpty() ? Finding.MALFORMED
				: found.map(c -> c.valid() ? Finding.VALID : Finding.REVOKED).orElse(Finding.UNKNOWN);
		response.setStatus(switch (finding) {
			case VALID, REVOKED -> HttpStatus.OK.value();
			case UNKNOWN -> HttpStatus.NOT_FOUND.value();
			case MALFORMED -> HttpStatus.BAD_REQUEST.value();
		});
		// The holder's name is on the page: not for caches or search engines.
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("finding", finding);
		model.addAttribute("typed", read.map(CertificateNumber::value).orElse(number.length() > 40 ? "" : number.strip()));
		model.addAttribute("certificate", found.orElse(null));
		return "certificates/verify";
	}
}
