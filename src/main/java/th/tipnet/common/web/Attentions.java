package th.tipnet.common.web;

import java.util.List;
import java.util.Locale;

/**
 * What a module asks of the signed-in reader now, for their home page. Declared as a bean, like
 * {@link Feature}. An implementation decides from the reader's own roles and organisation (it runs
 * with the reader's security context) and reads only counts and the few items it names: the home
 * page must stay fast whatever the data's size.
 */
@FunctionalInterface
public interface Attentions {

	List<Attention> forReader(Locale locale);
}
