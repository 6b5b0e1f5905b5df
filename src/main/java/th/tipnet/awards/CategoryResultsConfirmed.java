package th.tipnet.awards;

import java.util.UUID;

/** The committee confirmed a category's winners; the round's results may be published once every category has its own. */
record CategoryResultsConfirmed(RoundId roundId, UUID categoryId) {
}
