package th.tipnet.awards;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Nominations as judging reads them. A judge's queries carry the conflict rule themselves: a
 * nomination of a category the judge sits on, with no standing conflict between them, or nothing
 * at all (so a conflicted judge cannot even learn that it exists).
 */
interface JudgedNominations extends Repository<Nomination, UUID> {

	@Query("""
			select n from Nomination n
			where n.status = :submitted and n.eligibility = :eligible
			  and n.categoryId in (select s.categoryId from PanelSeat s where s.judgeId = :judge)
			  and not exists (select c.id from Conflict c
			                  where c.nominationId = n.id and c.judgeId = :judge and c.dismissedAt is null)
			order by n.submittedAt, n.id""")
	List<Nomination> assignedTo(@Param("judge") UUID judge, @Param("submitted") Nomination.Status submitted,
			@Param("eligible") Eligibility eligible);

	@Query("""
			select n from Nomination n
			where n.id = :id and n.status = :submitted
			  and n.categoryId in (select s.categoryId from PanelSeat s where s.judgeId = :judge)
			  and not exists (select c.id from Conflict c
			                  where c.nominationId = n.id and c.judgeId = :judge and c.dismissedAt is null)""")
	Optional<Nomination> visibleTo(@Param("id") UUID id, @Param("judge") UUID judge,
			@Param("submitted") Nomination.Status submitted);

	List<Nomination> findByRoundIdAndStatusOrderBySubmittedAt(UUID roundId, Nomination.Status status);

	List<Nomination> findByCategoryIdAndStatus(UUID categoryId, Nomination.Status status);

	Optional<Nomination> findById(UUID id);

	Nomination saveAndFlush(Nomination nomination);
}
