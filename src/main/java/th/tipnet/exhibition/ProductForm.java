package th.tipnet.exhibition;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.Size;

import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/** The product form as typed; the photo comes beside it as a multipart file. */
record ProductForm(@Size(max = 300) String nameTh, @Size(max = 300) String nameEn, @Size(max = 300) String makerGroup,
		@Size(max = 300) String makerGroupEn, @Size(max = 300) String makerName, Boolean makerConsented, @Size(max = 20) String priceBaht, Boolean removePhoto,
		Long version) {

	static ProductForm blank() {
		return new ProductForm(null, null, null, null, null, false, null, false, 0L);
	}

	static ProductForm of(Product p) {
		return new ProductForm(p.nameTh(), p.nameEn(), p.makerGroup(), p.makerGroupEn(), p.makerName(), p.makerConsented(),
				p.priceBaht() == null ? null : p.priceBaht().stripTrailingZeros().toPlainString(), false, p.version());
	}

	/** The details; a price written "1,200" or "1200.50" is read, anything else is refused naming the field. */
	ProductDetails details() {
		BigDecimal price = null;
		if (priceBaht != null && !priceBaht.isBlank()) {
			try {
				price = new BigDecimal(priceBaht.strip().replace(",", ""));
			}
			catch (NumberFormatException e) {
				throw new InvalidInput(List.of(new Violation("priceBaht", "exhibition.price.format")));
			}
		}
		return new ProductDetails(nameTh, nameEn, makerGroup, makerGroupEn, makerName, Boolean.TRUE.equals(makerConsented),
				price);
	}

	long versionOrZero() {
		return version == null ? 0 : version;
	}
}
