package th.tipnet.common.web;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;

/**
 * A link a module puts in every page's header (after Home), for those who may use it: where it goes,
 * its label (a message key) and who sees it. Declared as a bean, like {@link Feature}. A link may
 * carry a count for the signed-in reader (unread notices), asked for only when a page is rendered
 * for someone who may use the link; zero shows no count.
 */
public record NavigationLink(int order, String path, String labelKey, Predicate<Authentication> mayUse,
		Supplier<Long> count) {

	public NavigationLink(int order, String path, String labelKey, Predicate<Authentication> mayUse) {
		this(order, path, labelKey, mayUse, null);
	}

	/** The link as one page's header shows it, with its count now (0 when it has none). */
	public record Shown(String path, String labelKey, boolean counted, long count) {
	}

	Shown shown() {
		return new Shown(path, labelKey, count != null, count == null ? 0 : count.get());
	}
}
