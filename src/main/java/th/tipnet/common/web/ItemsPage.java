package th.tipnet.common.web;

import java.util.List;

/** The shape of every list the API returns: the items of this page and the total that matched. */
public record ItemsPage<T>(List<T> items, long total) {
}
