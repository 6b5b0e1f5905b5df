package th.tipnet.forums;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** The reviews later forums made of recommendations. */
interface ForumReviews extends Repository<ForumReview, UUID> {

	ForumReview save(ForumReview review);

	List<ForumReview> findByInputIdOrderByReviewedAtAscIdAsc(UUID inputId, Limit limit);
}
