package th.tipnet.forums;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Follow-up actions counted across forums, grouped in the database (never read row by row): per status, how many
 * are overdue on a day, their mean progress and the oldest overdue due date, per owner organisation or per theme.
 */
interface ActionFigures extends Repository<ForumAction, UUID> {

	String FIGURES = """
			count(a) as total,
			sum(case when a.status = th.tipnet.forums.ActionStatus.OPEN then 1 else 0 end) as openCount,
			sum(case when a.status = th.tipnet.forums.ActionStatus.IN_PROGRESS then 1 else 0 end) as inProgressCount,
			sum(case when a.status = th.tipnet.forums.ActionStatus.DONE then 1 else 0 end) as doneCount,
			sum(case when a.status = th.tipnet.forums.ActionStatus.DROPPED then 1 else 0 end) as droppedCount,
			sum(case when a.status in (th.tipnet.forums.ActionStatus.OPEN, th.tipnet.forums.ActionStatus.IN_PROGRESS)
				and a.dueOn < :today then 1 else 0 end) as overdueCount,
			avg(case when a.status <> th.tipnet.forums.ActionStatus.DROPPED then cast(a.progress as double) end) as meanProgress,
			min(case when a.status in (th.tipnet.forums.ActionStatus.OPEN, th.tipnet.forums.ActionStatus.IN_PROGRESS)
				and a.dueOn < :today then a.dueOn end) as oldestOverdue
			""";

	/** The most overdue first, then those with most still to do. */
	String ORDER = """
			 order by sum(case when a.status in (th.tipnet.forums.ActionStatus.OPEN, th.tipnet.forums.ActionStatus.IN_PROGRESS)
				and a.dueOn < :today then 1 else 0 end) desc,
			sum(case when a.status in (th.tipnet.forums.ActionStatus.OPEN, th.tipnet.forums.ActionStatus.IN_PROGRESS) then 1 else 0 end) desc,
			count(a) desc""";

	/** What every group counts. Mean progress leaves dropped actions out; null when nothing is left. */
	interface Figures {

		long getTotal();

		long getOpenCount();

		long getInProgressCount();

		long getDoneCount();

		long getDroppedCount();

		long getOverdueCount();

		Double getMeanProgress();

		LocalDate getOldestOverdue();
	}

	interface ByOwner extends Figures {

		UUID getOwner();
	}

	interface ByTheme extends Figures {

		/** The {@link Theme}; declared as Object because the projection's proxy cannot name a package-private type. */
		Object getTheme();
	}

	@Query("select a.ownerOrganisationId as owner, " + FIGURES + " from ForumAction a group by a.ownerOrganisationId" + ORDER)
	List<ByOwner> byOwner(LocalDate today, Limit limit);

	@Query("select i.theme as theme, " + FIGURES + " from ForumAction a join ForumInput i on i.id = a.inputId group by i.theme"
			+ ORDER)
	List<ByTheme> byTheme(LocalDate today, Limit limit);
}
