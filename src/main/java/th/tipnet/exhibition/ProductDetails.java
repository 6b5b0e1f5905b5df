package th.tipnet.exhibition;

import java.math.BigDecimal;

/**
 * A product at a survivors' showcase: its name, the group or cooperative that made it (as it names
 * itself, and in English if given), a maker's own name only with their consent, and a price in
 * baht (optional).
 */
record ProductDetails(String nameTh, String nameEn, String makerGroup, String makerGroupEn, String makerName,
		boolean makerConsented, BigDecimal priceBaht) {
}
