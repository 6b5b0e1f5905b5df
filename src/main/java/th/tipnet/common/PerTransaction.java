package th.tipnet.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work kept for the current transaction and written just before it commits: many small writes of
 * one transaction (a batch of registrations) then go to the database as one batch, under the same
 * commit. A transaction started inside (requires-new) gets its own; a rollback discards it.
 */
public final class PerTransaction {

	private PerTransaction() {
	}

	/**
	 * The value bound to the current transaction under {@code key}, made on first use; {@code write}
	 * runs before commit (and on an explicit flush) and must leave nothing to write twice. Null
	 * outside a transaction: the caller then writes at once.
	 */
	public static <T> T bound(Object key, Supplier<T> make, Consumer<T> write) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		@SuppressWarnings("unchecked")
		Binding<T> binding = (Binding<T>) TransactionSynchronizationManager.getResource(key);
		if (binding == null) {
			binding = new Binding<>(key, make.get(), write);
			TransactionSynchronizationManager.bindResource(key, binding);
			TransactionSynchronizationManager.registerSynchronization(binding);
		}
		return binding.value;
	}

	private record Binding<T>(Object key, T value, Consumer<T> write) implements TransactionSynchronization {

		@Override
		public void flush() {
			write.accept(value);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write.accept(value);
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResourceIfPossible(key);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(key, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(key);
		}
	}
}
