package th.tipnet.directory;

import java.util.List;

/** A page of search results: the hits on this page, how many matched in all, and the paging. */
public record SearchPage(List<SearchHit> hits, long total, int page, int size) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
