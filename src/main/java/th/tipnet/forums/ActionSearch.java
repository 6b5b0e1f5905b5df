package th.tipnet.forums;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Follow-up actions read a page at a time, narrowed as the overview's figures link to them. */
interface ActionSearch extends Repository<ForumAction, UUID>, JpaSpecificationExecutor<ForumAction> {

	/** The actions agreed on some inputs, in the order they were agreed. */
	List<ForumAction> findByInputIdInOrderByAgreedAtAscIdAsc(Collection<UUID> inputIds, Limit limit);
}
