package th.tipnet.support;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The events an aggregate registered and has not yet handed to the repository, for state-table
 * tests without Spring. {@link AbstractAggregateRoot#domainEvents()} is protected, and the
 * aggregates that do not expose their own {@code registeredEvents()} need not grow one for a test.
 */
public final class RegisteredEvents {

	private static final Method DOMAIN_EVENTS = domainEvents();

	private RegisteredEvents() {
	}

	public static List<Object> of(AbstractAggregateRoot<?> aggregate) {
		try {
			return List.copyOf((Collection<?>) DOMAIN_EVENTS.invoke(aggregate));
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot read the events of " + aggregate.getClass().getSimpleName(), e);
		}
	}

	private static Method domainEvents() {
		try {
			Method m = AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
			m.setAccessible(true);
			return m;
		}
		catch (NoSuchMethodException e) {
			throw new IllegalStateException(e);
		}
	}
}
