package th.tipnet.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Languages;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.ProvinceCode;

/**
 * The confirmed winners of a round, category by category (in the round's order), place 1 first: what
 * the results, the certificates, the prize list and the ceremony read. It answers whatever the
 * committee has confirmed, published or not; who may see it is the caller's business (the public
 * sees a round's results only once published, and a winner's name only with the nominee's consent).
 */
@Component
class Winners {

	/**
	 * A confirmed winner: the nomination, its category and place, the nominee's kind and name in Thai
	 * and English (a person's name is the same in both; the position is a person's only), the
	 * organisation (the nominated one, or the nominated person's) and the province (the nominated one,
	 * or the person's) when there is one, the category's prize, and whether the nominee consented to be
	 * named publicly.
	 */
	record Winner(NominationId nominationId, UUID categoryId, int place, NomineeKind kind, String nomineeNameTh,
			String nomineeNameEn, String personPosition, OrganisationId organisationId, ProvinceCode provinceCode,
			boolean plaque, BigDecimal prizeBaht, boolean namedPublicly) {

		String nomineeName(Locale locale) {
			return Languages.pick(locale, nomineeNameTh, nomineeNameEn);
		}
	}

	private final Awards awards;

	private final CategoryResults results;

	private final ConfirmedNominations nominations;

	private final NomineeNames names;

	Winners(Awards awards, CategoryResults results, ConfirmedNominations nominations, NomineeNames names) {
		this.awards = awards;
		this.results = results;
		this.nominations = nominations;
		this.names = names;
	}

	/** The round's confirmed winners, in the order of its categories, then by place; 404 for no such round. */
	@Transactional(readOnly = true)
	List<Winner> of(RoundId roundId) {
		AwardRound round = awards.round(roundId);
		Map<UUID, CategoryResult> byCategory = new HashMap<>();
		results.findByRoundId(roundId.value()).forEach(r -> byCategory.put(r.categoryId(), r));
		List<UUID> ids = byCategory.values().stream().flatMap(r -> r.winners().stream()).map(CategoryResult.Winner::nominationId).toList();
		Map<UUID, Nomination> nominated = new HashMap<>();
		if (!ids.isEmpty()) {
			nominations.findByIdIn(ids).forEach(n -> nominated.put(n.id().value(), n));
		}
		List<Winner> winners = new ArrayList<>();
		for (AwardCategory c : round.categories()) {
			CategoryResult result = byCategory.get(c.id());
			if (result != null) {
				result.winners().forEach(w -> winners.add(winner(c, w.place(), nominated.get(w.nominationId()))));
			}
		}
		return List.copyOf(winners);
	}

	private Winner winner(AwardCategory c, int place, Nomination n) {
		Nominee e = n.nominee();
		UUID organisation = e.kind() == NomineeKind.ORGANISATION ? e.organisationId() : e.personOrganisationId();
		String province = e.kind() == NomineeKind.PROVINCE ? e.provinceCode() : e.personProvinceCode();
		NomineeNames.Names names = this.names.of(e);
		return new Winner(n.id(), c.id(), place, e.kind(), names.th(), names.en(), e.personPosition(),
				organisation == null ? null : OrganisationId.of(organisation), province == null ? null : ProvinceCode.of(province),
				c.plaque(), c.prizeBaht(), n.nomineeConsented());
	}
}
