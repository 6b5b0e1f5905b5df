package th.tipnet.common.web;

import java.util.List;

/**
 * Something that needs the signed-in reader, for their home page: a heading (a message key, given
 * the count as its argument), how many, where to deal with it, and optionally the first few items
 * by name. Modules contribute them through {@link Attentions}; zero and no items shows nothing.
 */
public record Attention(int order, String labelKey, long count, String path, List<Item> items) {

	public Attention {
		items = List.copyOf(items);
	}

	public static Attention counted(int order, String labelKey, long count, String path) {
		return new Attention(order, labelKey, count, path, List.of());
	}

	/** One item by name: its text, where it is, and a short note (a date, a deadline). */
	public record Item(String text, String path, String note) {
	}

	boolean shown() {
		return count > 0 || !items.isEmpty();
	}
}
