package th.tipnet.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * while one batch is being decided wait together; the event's desk thread takes all of them, locks
 * the event once, decides each in arrival order exactly as alone, and commits once. Each decision
 * runs as its own request (who acts, request id and address go into its audit entry), and a
 * refusal (a duplicate e-mail) answers only that person. If the batch itself fails, each is decided
 * again alone. The request threads wait for their answer without spinning.
 */
@Component
class RegistrationDesk {

	private static final int MAX_BATCH = 100;

	private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();

	private final TransactionTemplate batchTransaction;

	private final EventSnapshots snapshots;

	/** Desk threads, made as events get busy and ended after a minute without work. */
	private final java.util.concurrent.ExecutorService desk = java.util.concurrent.Executors.newCachedThreadPool(work -> {
		Thread t = new Thread(work, "registration-desk");
		t.setDaemon(true);
		return t;
	});

	RegistrationDesk(PlatformTransactionManager transactions, EventSnapshots snapshots) {
		this.batchTransaction = new TransactionTemplate(transactions);
		this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.snapshots = snapshots;
	}

	private static final class Lane {

		final ConcurrentLinkedQueue<Pending<?>> queue = new ConcurrentLinkedQueue<>();

		/** Whether a desk thread is deciding this event's queue (at most one at a time). */
		final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean();
	}

	/**
	 * One transaction's decisions under the event's lock. Whether an e-mail is already registered
	 * is asked of the database once for the whole batch (all its e-mails), and the batch's own
	 * places, which the database does not see until the flush, are remembered here.
	 */
	static final class Batch {

		final Event event;

		private final List<String> emailKeys;

		private final Map<String, UUID> given = new java.util.HashMap<>();

		private Map<String, UUID> registered;

		Batch(Event event, List<String> emailKeys) {
			this.event = event;
			this.emailKeys = emailKeys;
		}

		/**
		 * Gives this e-mail its place in the batch for the newcomer, or, if it already has one here or
		 * in the database ({@code registeredAmong} finds which of the batch's e-mails are stored, and
		 * by which registration), answers which registration holds it.
		 */
		java.util.Optional<UUID> claim(String emailKey, UUID newcomer, Function<List<String>, Map<String, UUID>> registeredAmong) {
			if (registered == null) {
				registered = registeredAmong.apply(emailKeys);
			}
			UUID holder = registered.get(emailKey);
			if (holder == null) {
				holder = given.putIfAbsent(emailKey, newcomer);
			}
			return java.util.Optional.ofNullable(holder);
		}
	}

	/** A request waiting at the desk, with the context it was made in. */
	private static final class Pending<T> {

		final String emailKey;

		final Function<Batch, T> decision;

		final Supplier<T> alone;

		final SecurityContext security = SecurityContextHolder.getContext();

		final RequestAttributes request = RequestContextHolder.getRequestAttributes();

		final String requestId = RequestIds.current();

		final CompletableFuture<T> result = new CompletableFuture<>();

		/** Decided inside the batch, told only once the batch has committed. */
		private T decided;

		private RuntimeException refused;

		Pending(String emailKey, Function<Batch, T> decision, Supplier<T> alone) {
			this.emailKey = emailKey;
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

		void decideIn(Batch batch) {
			try {
				decided = as(() -> decision.apply(batch));
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
	 * its own (used if the batch fails). The caller waits for its answer without spinning.
	 */
	<T> T submit(UUID eventId, String emailKey, Function<Batch, T> decision, Supplier<T> alone) {
		Lane lane = lanes.computeIfAbsent(eventId, id -> new Lane());
		Pending<T> mine = new Pending<>(emailKey, decision, alone);
		lane.queue.add(mine);
		if (lane.open.compareAndSet(false, true)) {
			try {
				desk.execute(() -> serve(eventId, lane));
			}
			catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
				lane.open.set(false);
				lane.queue.remove(mine);
				return alone.get();
			}
		}
		return answer(mine);
	}

	/** One desk thread per busy event: batches until the queue is empty, then closes (and reopens if one slipped in). */
	private void serve(UUID eventId, Lane lane) {
		do {
			try {
				while (!lane.queue.isEmpty()) {
					decideBatch(eventId, lane);
				}
			}
			finally {
				lane.open.set(false);
			}
		}
		while (!lane.queue.isEmpty() && lane.open.compareAndSet(false, true));
	}

	private void decideBatch(UUID eventId, Lane lane) {
		List<Pending<?>> batch = new ArrayList<>();
		for (Pending<?> next = lane.queue.poll(); next != null; next = batch.size() < MAX_BATCH ? lane.queue.poll() : null) {
			batch.add(next);
		}
		try {
			batchTransaction.executeWithoutResult(status -> {
				Batch together = new Batch(snapshots.locked(eventId), batch.stream().map(p -> p.emailKey).toList());
				batch.forEach(p -> p.decideIn(together));
			});
		}
		catch (RuntimeException batchFailed) {
			// Not one person's refusal (those are kept apart): nothing of the batch was stored, so
			// each is decided again on its own.
			batch.forEach(Pending::decideAlone);
			return;
		}
		catch (Error fatal) {
			// Nobody may wait for ever: everyone in the batch is told, then the error goes on.
			batch.forEach(p -> p.result.completeExceptionally(fatal));
			throw fatal;
		}
		batch.forEach(Pending::tell);
	}

	@jakarta.annotation.PreDestroy
	void close() {
		desk.shutdown();
	}

	private static <T> T answer(Pending<T> pending) {
		try {
			return pending.result.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (e.getCause() instanceof Error cause) {
				throw cause;
			}
			throw e;
		}
	}
}
