package th.tipnet.awards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Finds the conflicts of interest the system can see between a judge and a nomination: the judge's
 * organisation, or one of its parents, is the nominated organisation or the nominated person's
 * organisation, or made the nomination; or the judge's organisation works in the nominated province.
 * A nationwide organisation names no province, so it ties its judges to none.
 */
@Component
class ConflictCheck {

	private final DirectoryFacts directory;

	ConflictCheck(DirectoryFacts directory) {
		this.directory = directory;
	}

	/** The judge's ties, looked up once for many nominations; empty for a judge without an organisation. */
	Optional<DirectoryFacts.Ties> tiesOf(Judge judge) {
		return judge.organisationId() == null ? Optional.empty() : directory.ties(judge.organisationId());
	}

	List<Conflict> between(Judge judge, Optional<DirectoryFacts.Ties> ties, Nomination n, Instant at) {
		List<Conflict> found = new ArrayList<>();
		if (ties.isEmpty()) {
			return found;
		}
		DirectoryFacts.Ties t = ties.get();
		Nominee nominee = n.nominee();
		UUID nomineeOrganisation = nominee.kind() == NomineeKind.PERSON ? nominee.personOrganisationId() : nominee.organisationId();
		if (nomineeOrganisation != null && t.selfAndParents().contains(nomineeOrganisation)) {
			found.add(Conflict.found(n.id(), judge.id(), Conflict.Basis.NOMINEE_ORGANISATION, nomineeOrganisation, null,
					through(t, nomineeOrganisation), at));
		}
		if (t.selfAndParents().contains(n.nominatorOrganisationId())) {
			found.add(Conflict.found(n.id(), judge.id(), Conflict.Basis.NOMINATOR_ORGANISATION, n.nominatorOrganisationId(), null,
					through(t, n.nominatorOrganisationId()), at));
		}
		if (nominee.provinceCode() != null && t.provinces().contains(nominee.provinceCode())) {
			found.add(Conflict.found(n.id(), judge.id(), Conflict.Basis.NOMINATED_PROVINCE, null, nominee.provinceCode(),
					t.organisationId() + ">" + nominee.provinceCode(), at));
		}
		return found;
	}

	/** The chain from the judge's organisation up to the party, as a conflict's tie: "judge's org>parent>…>party". */
	private static String through(DirectoryFacts.Ties t, UUID party) {
		return t.selfAndParents()
			.subList(0, t.selfAndParents().indexOf(party) + 1)
			.stream()
			.map(UUID::toString)
			.collect(Collectors.joining(">"));
	}
}
