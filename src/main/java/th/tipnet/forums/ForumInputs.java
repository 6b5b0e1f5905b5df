package th.tipnet.forums;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** What was raised at forums. */
interface ForumInputs extends Repository<ForumInput, UUID> {

	ForumInput save(ForumInput input);

	Optional<ForumInput> findById(UUID id);

	List<ForumInput> findByForumIdOrderByRaisedAtAscIdAsc(UUID forumId);

	List<ForumInput> findAll();
}
