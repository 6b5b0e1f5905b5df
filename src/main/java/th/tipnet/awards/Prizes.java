package th.tipnet.awards;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What each winner of a category receives, in the reader's words: a plaque, prize money in baht, both or neither. */
@Component
class Prizes {

	private final MessageSource messages;

	Prizes(MessageSource messages) {
		this.messages = messages;
	}

	String of(AwardCategory c, Locale locale) {
		String money = c.prizeBaht() == null ? null : NumberFormat.getIntegerInstance(locale).format(c.prizeBaht());
		String key = c.plaque() ? money == null ? "awards.prize.plaque" : "awards.prize.plaqueAndMoney"
				: money == null ? "awards.prize.none" : "awards.prize.money";
		return messages.getMessage(key, new Object[] { money }, locale);
	}
}
