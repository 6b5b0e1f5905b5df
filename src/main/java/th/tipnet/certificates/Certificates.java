package th.tipnet.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.PublicUrl;

/**
 * Issues certificates and answers whether one holds. A module that prints certificates calls
 * {@link #issue} for each (it gets the number to print, the same one every time the same statement
 * is printed again), prints {@link #givenOn}, the number and {@link #qrCode} (which leads to
 * {@link #verificationUrl}), and the public page shows the statement as issued. Issuing, revoking and
 * naming a signatory are audited; who may do them is the calling module's decision.
 */
@Service
public class Certificates {

	private static final DateTimeFormatter THAI_MONTH = DateTimeFormatter.ofPattern("MMMM").localizedBy(Locale.forLanguageTag("th-TH"));

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final CertificateRecords records;

	private final AuditTrail audit;

	private final PublicUrl site;

	private final Clock clock;

	private final TransactionTemplate writing;

	Certificates(CertificateRecords records, AuditTrail audit, PublicUrl site, Clock clock, PlatformTransactionManager transactions) {
		this.records = records;
		this.audit = audit;
		this.site = site;
		this.clock = clock;
		this.writing = new TransactionTemplate(transactions);
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The number of the valid certificate that states exactly this: the one issued before for the same
	 * reference if it says the same, else a new one (and the old one, if any, is revoked and points to
	 * the new). Runs in its own short transaction.
	 */
	public CertificateNumber issue(Statement statement) {
		try {
			return writing.execute(status -> issueOnce(statement));
		}
		catch (DuplicateKeyException concurrentFirstIssue) {
			// Someone issued the first certificate for this reference at the same moment: theirs stands.
			return writing.execute(status -> issueOnce(statement));
		}
	}

	private CertificateNumber issueOnce(Statement statement) {
		Optional<IssuedCertificate> current = records.byReference(statement.reference());
		if (current.isPresent() && current.get().states(statement)) {
			return current.get().number();
		}
		CertificateNumber number = CertificateNumber.next(statement.issuedOn());
		Changes changes = Changes.none().note("kind", statement.kind()).note("language", statement.language().getLanguage());
		if (current.isPresent()) {
			CertificateNumber old = current.get().number();
			records.revoke(old, clock.instant(), number);
			audit.record(CertificatesAudit.CERTIFICATE, old.value(), CertificatesAudit.CERTIFICATE_REVOKED, Changes.none().note("replacedBy", number.value()));
			changes.note("replaces", old.value());
		}
		records.insert(number, statement, clock.instant());
		audit.record(CertificatesAudit.CERTIFICATE, number.value(), CertificatesAudit.CERTIFICATE_ISSUED, changes);
		return number;
	}

	/** The certificate under this number, valid or revoked; empty for a number never issued. */
	public Optional<IssuedCertificate> verify(CertificateNumber number) {
		return records.byNumber(number);
	}

	/** Revokes a certificate (its page says so from now on); false when it was unknown or revoked already. */
	public boolean revoke(CertificateNumber number) {
		Boolean revoked = writing.execute(status -> {
			boolean done = records.revoke(number, clock.instant(), null);
			if (done) {
				audit.record(CertificatesAudit.CERTIFICATE, number.value(), CertificatesAudit.CERTIFICATE_REVOKED, Changes.none());
			}
			return done;
		});
		return Boolean.TRUE.equals(revoked);
	}

	/** Who signs the certificates issued for a scope, e.g. {@code event:<id>}, if anyone was named. */
	public Optional<Signatory> signatory(String scope) {
		return records.signatory(scope);
	}

	/** Names who signs the certificates issued for a scope from now on (certificates printed again follow, under new numbers). */
	public void appoint(String scope, Signatory signatory) {
		writing.executeWithoutResult(status -> {
			Optional<Signatory> before = records.signatory(scope);
			records.appoint(scope, signatory, clock.instant());
			audit.record(CertificatesAudit.SIGNATORY, scope, CertificatesAudit.SIGNATORY_APPOINTED,
					Changes.none()
						.field("nameTh", before.map(Signatory::nameTh).orElse(null), signatory.nameTh())
						.field("positionTh", before.map(Signatory::positionTh).orElse(null), signatory.positionTh())
						.field("nameEn", before.map(Signatory::nameEn).orElse(null), signatory.nameEn())
						.field("positionEn", before.map(Signatory::positionEn).orElse(null), signatory.positionEn()));
		});
	}

	/** The public page that checks this certificate, at the configured site address. */
	public String verificationUrl(CertificateNumber number) {
		return site.of("/certificates/" + number.value());
	}

	/** A QR code (PNG as a data URI, for a printed page) that leads to {@link #verificationUrl}. */
	public String qrCode(CertificateNumber number) {
		try {
			var matrix = new QRCodeWriter().encode(verificationUrl(number), BarcodeFormat.QR_CODE, 300, 300,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException | IOException e) {
			throw new IllegalStateException("Cannot draw the certificate's QR code", e);
		}
	}

	/**
	 * The line that dates a certificate, as Thai certificates write it: "ให้ไว้ ณ วันที่ ๕ มิถุนายน พ.ศ. ๒๕๖๗"
	 * (Thai digits, the Buddhist Era); in English "Given on 5 June 2024".
	 */
	public static String givenOn(LocalDate day, Locale language) {
		if ("en".equals(language.getLanguage())) {
			return "Given on " + ENGLISH_DAY.format(day);
		}
		String text = "ให้ไว้ ณ วันที่ " + day.getDayOfMonth() + " " + THAI_MONTH.format(day) + " พ.ศ. "
				+ ThaiBuddhistDate.from(day).get(ChronoField.YEAR);
		return thaiDigits(text);
	}

	/** The text with its Arabic digits written as Thai digits (๐–๙), as Thai certificates print years and dates. */
	public static String thaiDigits(String text) {
		StringBuilder thai = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			thai.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
		}
		return thai.toString();
	}
}
