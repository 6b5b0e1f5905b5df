package th.tipnet.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A round as the API shows it: both languages, its phase now, and its windows as instants. */
@Schema(name = "AwardRound")
record RoundView(UUID id,
		@Schema(minimum = "2500", maximum = "2800", example = "2567", description = "Buddhist-Era year") int yearBe,
		@Schema(example = "2024", description = "The same year in the Common Era") int yearCe, String titleTh,
		String titleEn,
		@Schema(implementation = Phase.class, description = "Where the round stands now, from its windows") String phase,
		Instant nominationsOpenAt, Instant nominationsCloseAt, Instant judgingOpenAt, Instant judgingCloseAt,
		Instant announcementAt,
		@Schema(description = "Judges do not see who nominated") boolean blindJudging,
		@Schema(description = "Awards in all: the sum of the categories' quotas", example = "29") int awards,
		@Schema(example = "4") int categories) {

	static RoundView of(AwardRound r, Instant now) {
		Windows w = r.windows();
		return new RoundView(r.id().value(), r.yearBe(), r.yearCe(), r.titleTh(), r.titleEn(), r.phaseAt(now).name(),
				w.nominationsOpen(), w.nominationsClose(), w.judgingOpen(), w.judgingClose(), w.announcement(),
				r.blindJudging(), r.awards(), r.categories().size());
	}

	/** A category of a round. */
	@Schema(name = "AwardCategory")
	record Category(UUID id, @Schema(example = "MODEL_PROVINCE") String code, String nameTh, String nameEn,
			@Schema(implementation = NomineeKind.class) String nomineeKind,
			@Schema(minimum = "1", maximum = "100", description = "How many awards the category gives") int quota,
			Prize prize, String criteriaTh, String criteriaEn, List<Requirement> eligibility) {

		static Category of(AwardCategory c) {
			return new Category(c.id(), c.code(), c.nameTh(), c.nameEn(), c.nomineeKind().name(), c.quota(),
					new Prize(c.plaque(), c.prizeBaht()), c.criteriaTh(), c.criteriaEn(),
					c.eligibility().stream().map(e -> new Requirement(e.textTh(), e.textEn())).toList());
		}
	}

	/** What each winner of a category receives. */
	@Schema(name = "AwardPrize")
	record Prize(@Schema(description = "A plaque of honour") boolean plaque,
			@Schema(description = "Prize money in baht, absent when there is none", example = "20000") BigDecimal amountBaht) {
	}

	/** One requirement of the eligibility checklist, checked by the secretariat before judging. */
	@Schema(name = "AwardEligibilityRequirement")
	record Requirement(String textTh, String textEn) {
	}
}
