package th.tipnet.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import th.tipnet.common.RequestIds;

/**
 * Group commit for one event's registrations. Every seat decision for an event needs its row lock
 * until commit, so under a rush (5,000 people for 800 seats) requests queue for that lock and each
 * pays a lock and a commit of its own (a disk flush on PostgreSQL). Here the requests that arrive
 * while one batch is being decided wait together; the next free request thread takes all of them,
 * locks the event once, decides each in arrival order exactly as alone, and commits once. Each
 * decision runs as its own request (who acts, request id and address go into its audit entry), and
 * a refusal (a duplicate e-mail) answers only that person. If the batch itself fails, each is
 * decided again alone. No extra threads: the waiting request threads do the work.
 */
@Component
class RegistrationDesk {

	private static final int MAX_BATCH = 100;

	private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();

	private final TransactionTemplate batchTransaction;

	private final EventSnapshots snapshots;

	RegistrationDesk(PlatformTransactionManager transactions, EventSnapshots snapshots) {
		this.batchTransaction = new TransactionTemplate(transactions);
		this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.snapshots = snapshots;
	}

	private static final class Lane {

		final ConcurrentLinkedQueue<Pending<?>> queue = new ConcurrentLinkedQueue<>();

		final ReentrantLock drainer = new ReentrantLock();
	}

	/** A request waiting at the desk, with the context it was made in. */
	private static final class Pending<T> {

		final Function<Event, T> decision;

		final Supplier<T> alone;

		final SecurityContext security = SecurityContextHolder.getContext();

		final RequestAttributes request = RequestContextHolder.getRequestAttributes();

		final String requestId = RequestIds.current();

		final CompletableFuture<T> result = new CompletableFuture<>();

		/** Decided inside the batch, told only once the batch has committed. */
		private T decided;

		private RuntimeException refused;

		Pending(Function<Event, T> decision, Supplier<T> alone) {
			this.decision = decision;
			this.alone = alone;
		}

		/** Runs in this request's context, whichever thread does it. */
		<R> R as(Supplier<R> work) {
			SecurityContext previousSecurity = SecurityContextHolder.getContext();
			RequestAttributes previousRequest = RequestContextHolder.getRequestAttributes();
			String previousId = MDC.get(RequestIds.MDC_KEY);
			SecurityContextHolder.setContext(security);
			RequestContextHolder.setRequestAttributes(request);
			put(requestId);
			try {
				return work.get();
			}
			finally {
				SecurityContextHolder.setContext(previousSecurity);
				RequestContextHolder.setRequestAttributes(previousRequest);
				put(previousId);
			}
		}

		private static void put(String id) {
			if (id == null || id.isEmpty()) {
				MDC.remove(RequestIds.MDC_KEY);
			}
			else {
				MDC.put(RequestIds.MDC_KEY, id);
			}
		}

		void decideIn(Event locked) {
			try {
				decided = as(() -> decision.apply(locked));
			}
			catch (th.tipnet.common.DomainException answer) {
				// This person's answer (a 4xx); the others in the batch go on.
				refused = answer;
			}
		}

		void tell() {
			if (refused != null) {
				result.completeExceptionally(refused);
			}
			else {
				result.complete(decided);
			}
		}

		void decideAlone() {
			try {
				result.complete(as(alone));
			}
			catch (RuntimeException e) {
				result.completeExceptionally(e);
			}
		}
	}

	/**
	 * Decides under the event's lock, together with whoever else is waiting: {@code decision} runs
	 * inside the batch's transaction with the locked event; {@code alone} decides in a transaction of
	 * its own (used if the batch fails).
	 */
	<T> T submit(UUID eventId, Function<Event, T> decision, Supplier<T> alone) {
		Lane lane = lanes.computeIfAbsent(eventId, id -> new Lane());
		Pending<T> mine = new Pending<>(decision, alone);
		lane.queue.add(mine);
		while (!mine.result.isDone()) {
			if (lane.drainer.tryLock()) {
				try {
					drain(eventId, lane);
				}
				finally {
					lane.drainer.unlock();
				}
			}
			else {
				await(mine, 5);
			}
		}
		return answer(mine);
	}

	private void drain(UUID eventId, Lane lane) {
		List<Pending<?>> batch = new ArrayList<>();
		for (Pending<?> next = lane.queue.poll(); next != null; next = batch.size() < MAX_BATCH ? lane.queue.poll() : null) {
			batch.add(next);
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			batchTransaction.executeWithoutResult(status -> {
				Event locked = snapshots.locked(eventId);
				batch.forEach(p -> p.decideIn(locked));
			});
		}
		catch (RuntimeException batchFailed) {
			// Not one person's refusal (those are kept apart): nothing of the batch was stored, so
			// each is decided again on its own.
			batch.forEach(Pending::decideAlone);
			return;
		}
		batch.forEach(Pending::tell);
	}

	private static void await(Pending<?> pending, long millis) {
		try {
			pending.result.get(millis, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException | CompletionException stillWaitingOrAnswered) {
			// Either answered (the loop ends) or time to see whether the desk is free.
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to register", e);
		}
	}

	private static <T> T answer(Pending<T> pending) {
		try {
			return pending.result.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
	}
}
