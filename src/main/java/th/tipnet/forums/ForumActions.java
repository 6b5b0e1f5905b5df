package th.tipnet.forums;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The follow-up actions agreed at forums. */
interface ForumActions extends Repository<ForumAction, UUID> {

	ForumAction save(ForumAction action);

	Optional<ForumAction> findById(UUID id);

	List<ForumAction> findByForumIdOrderByAgreedAtAscIdAsc(UUID forumId);

	List<ForumAction> findAllByOrderByDueOnAscIdAsc();
}
