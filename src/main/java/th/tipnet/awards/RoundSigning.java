package th.tipnet.awards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.certificates.Certificates;
import th.tipnet.certificates.Signatory;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;

/**
 * Who gives a round's certificates (its issuing organisation, kept here) and who signs them (kept by
 * the certificates module under the scope {@code award-round:<id>}): named by the secretariat alone,
 * audited. Certificates printed afterwards carry them, under new numbers where they changed.
 */
@Service
class RoundSigning {

	private final Awards awards;

	private final RoundIssuers issuers;

	private final Certificates certificates;

	private final AuditTrail audit;

	private final Clock clock;

	RoundSigning(Awards awards, RoundIssuers issuers, Certificates certificates, AuditTrail audit, Clock clock) {
		this.awards = awards;
		this.issuers = issuers;
		this.certificates = certificates;
		this.audit = audit;
		this.clock = clock;
	}

	/** Who gives and who signs a round's certificates, either not named yet (null). */
	record Signing(CertificateIssuer issuer, Signatory signatory) {

		boolean complete() {
			return issuer != null && signatory != null;
		}
	}

	static String scope(RoundId round) {
		return "award-round:" + round;
	}

	/** For the secretariat's form: 403 for anybody else, 404 for a round that does not exist. */
	Signing of(RoundId id) {
		requireSecretariat();
		awards.round(id);
		return current(id);
	}

	/** As named now, without asking who reads (the callers checked). */
	Signing current(RoundId id) {
		return new Signing(issuers.of(id).orElse(null), certificates.signatory(scope(id)).orElse(null));
	}

	/**
	 * Names who gives and who signs the round's certificates: the issuer's Thai name and the signatory's
	 * Thai name and position are required, English optional (422 naming every field at fault, nothing
	 * saved).
	 */
	@Transactional
	void sign(RoundId id, String issuerTh, String issuerEn, String nameTh, String positionTh, String nameEn, String positionEn) {
		requireSecretariat();
		AwardRound round = awards.round(id);
		List<InvalidInput.Violation> v = new ArrayList<>();
		InputRules.text(v, "issuerTh", issuerTh, CertificateIssuer.NAME, true);
		InputRules.text(v, "issuerEn", issuerEn, CertificateIssuer.NAME, false);
		Signatory signatory = null;
		try {
			signatory = new Signatory(nameTh, positionTh, nameEn, positionEn);
		}
		catch (InvalidInput refused) {
			v.addAll(refused.violations());
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		CertificateIssuer issuer = new CertificateIssuer(issuerTh.strip(),
				issuerEn == null || issuerEn.isBlank() ? null : issuerEn.strip());
		Optional<CertificateIssuer> before = issuers.of(id);
		issuers.name(id, issuer, clock.instant());
		audit.record(AwardsAudit.ROUND, round.id().value(), AwardsAudit.AWARD_CERTIFICATE_ISSUER_NAMED, Changes.none()
			.field("issuerTh", before.map(CertificateIssuer::nameTh).orElse(null), issuer.nameTh())
			.field("issuerEn", before.map(CertificateIssuer::nameEn).orElse(null), issuer.nameEn()));
		certificates.appoint(scope(id), signatory);
	}

	static void requireSecretariat() {
		if (!Awards.isSecretariat()) {
			throw DomainException.forbidden();
		}
	}
}
