package th.tipnet.forums;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** The forums recorded most recently: those a recommendation may be reviewed at. */
interface RecentForums extends Repository<Forum, UUID> {

	List<Forum> findByOrderByRecordedAtDescIdAsc(Limit limit);
}
