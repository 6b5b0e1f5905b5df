package th.tipnet.forums;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** What was raised across forums, by theme: the recurring problems and their history. */
interface InputHistory extends Repository<ForumInput, UUID> {

	/** A theme raised at two forums or more, with how often and when last. */
	interface Recurring {

		/** The {@link Theme}; declared as Object because the projection's proxy cannot name a package-private type. */
		Object getTheme();

		long getForums();

		long getInputs();

		Instant getLastRaised();
	}

	@Query("""
			select i.theme as theme, count(distinct i.forumId) as forums, count(i) as inputs, max(i.raisedAt) as lastRaised
			from ForumInput i group by i.theme having count(distinct i.forumId) >= 2
			order by count(distinct i.forumId) desc, count(i) desc, max(i.raisedAt) desc""")
	List<Recurring> recurring(Limit limit);

	List<ForumInput> findByThemeOrderByRaisedAtDescIdAsc(Theme theme, Limit limit);

	List<ForumInput> findByIdIn(Collection<UUID> ids);
}
