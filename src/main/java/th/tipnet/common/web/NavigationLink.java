package th.tipnet.common.web;

import java.util.function.Predicate;

import org.springframework.security.core.Authentication;

/**
 * A link a module puts in every page's header (after Home), for those who may use it: where it goes,
 * its label (a message key) and who sees it. Declared as a bean, like {@link Feature}.
 */
public record NavigationLink(int order, String path, String labelKey, Predicate<Authentication> mayUse) {
}
