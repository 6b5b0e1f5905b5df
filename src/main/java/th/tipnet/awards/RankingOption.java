package th.tipnet.awards;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How a category's ranking is computed: whether each judge's totals are first rescaled to the
 * panel's mean and spread ("normalised per judge", see {@link Ranking}). Chosen by the secretariat
 * before the committee confirms; the confirmation records which ranking it confirmed.
 */
@Entity
@Table(name = "award_ranking_option")
class RankingOption {

	@Id
	@Column(name = "category_id")
	private UUID categoryId;

	@Column(nullable = false)
	private boolean normalise;

	@Column(name = "chosen_by", nullable = false)
	private UUID chosenBy;

	@Column(name = "chosen_at", nullable = false)
	private Instant chosenAt;

	@Version
	private long version;

	protected RankingOption() {
	}

	static RankingOption of(UUID categoryId) {
		RankingOption o = new RankingOption();
		o.categoryId = categoryId;
		return o;
	}

	/** The secretariat chooses the ranking; the desk refuses it once the category's winners are confirmed. */
	void choose(boolean normalise, UUID by, Instant at) {
		this.normalise = normalise;
		this.chosenBy = by;
		this.chosenAt = at;
	}

	UUID categoryId() {
		return categoryId;
	}

	boolean normalise() {
		return normalise;
	}
}
