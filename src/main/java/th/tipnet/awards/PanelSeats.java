package th.tipnet.awards;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The judges on the categories' panels. */
interface PanelSeats extends Repository<PanelSeat, UUID> {

	PanelSeat saveAndFlush(PanelSeat seat);

	boolean existsByCategoryIdAndJudgeId(UUID categoryId, UUID judgeId);

	List<PanelSeat> findByCategoryIdOrderByJudgeName(UUID categoryId);

	List<PanelSeat> findByCategoryIdInOrderByJudgeName(Collection<UUID> categoryIds);
}
