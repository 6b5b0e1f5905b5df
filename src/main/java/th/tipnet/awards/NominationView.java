package th.tipnet.awards;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A nomination as the API shows it to its nominators and the secretariat. */
@Schema(name = "AwardNomination")
record NominationView(UUID id, UUID roundId, UUID categoryId,
		@Schema(implementation = Nomination.Status.class) String status, UUID nominatorOrganisationId,
		@Schema(implementation = NomineeKind.class) String nomineeKind, String personName, String personPosition,
		UUID personOrganisationId, String personProvinceCode, UUID organisationId, String provinceCode,
		String justification, String achievements, boolean nomineeConsented, Instant createdAt, Instant submittedAt,
		@Schema(description = "Send it back with a change, so a concurrent change is a 409") long version) {

	static NominationView of(Nomination n) {
		Nominee e = n.nominee();
		return new NominationView(n.id().value(), n.roundId(), n.categoryId(), n.status().name(),
				n.nominatorOrganisationId(), e.kind().name(), e.personName(), e.personPosition(), e.personOrganisationId(),
				e.personProvinceCode(), e.organisationId(), e.provinceCode(), n.justification(), n.achievements(),
				n.nomineeConsented(), n.createdAt(), n.submittedAt(), n.version());
	}
}
