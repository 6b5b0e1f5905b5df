package th.tipnet.events;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import th.tipnet.certificates.Certificates;
import th.tipnet.certificates.Signatory;

/**
 * Who signs an event's certificates of attendance, named by its organisers: kept by the certificates
 * module under the scope {@code event:<id>}, so the event itself carries no signatory.
 */
@Service
public class CertificateSignatories {

	private final Certificates certificates;

	private final EventPlanning planning;

	CertificateSignatories(Certificates certificates, EventPlanning planning) {
		this.certificates = certificates;
		this.planning = planning;
	}

	/** The signatory named for this event, if any. */
	public Optional<Signatory> of(UUID eventId) {
		return certificates.signatory(scope(eventId));
	}

	/** Names the signatory: the event's organisers only (else 403); certificates printed from now on carry them. */
	public void appoint(UUID eventId, Signatory signatory) {
		Event event = planning.managed(eventId);
		certificates.appoint(scope(event.id()), signatory);
	}

	private static String scope(UUID eventId) {
		return "event:" + eventId;
	}
}
