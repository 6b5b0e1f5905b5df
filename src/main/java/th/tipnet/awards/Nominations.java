package th.tipnet.awards;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Nominations, read either by the secretariat (a round's all) or within the nominating organisation. */
interface Nominations extends Repository<Nomination, UUID> {

	Nomination saveAndFlush(Nomination nomination);

	Optional<Nomination> findById(UUID id);

	boolean existsByCategoryIdAndActiveKey(UUID categoryId, String activeKey);

	boolean existsByCategoryIdAndActiveKeyAndIdNot(UUID categoryId, String activeKey, UUID id);

	List<Nomination> findByRoundIdOrderByCreatedAt(UUID roundId);

	List<Nomination> findByRoundIdAndNominatorOrganisationIdOrderByCreatedAt(UUID roundId, UUID nominatorOrganisationId);

	/** Whether the category has any nomination, withdrawn ones included: it then keeps its kind and cannot go. */
	boolean existsByCategoryId(UUID categoryId);
}
