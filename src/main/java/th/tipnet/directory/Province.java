package th.tipnet.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tipnet.common.Languages;

/** One of Thailand's 77 provinces (76 and Bangkok), keyed by its ISO 3166-2:TH code. */
@Entity
@Table(name = "province")
public class Province {

	@Id
	@Column(name = "code", length = 5)
	private String code;

	@Column(name = "name_th", nullable = false)
	private String nameTh;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	protected Province() {
	}

	Province(ProvinceCode code, String nameTh, String nameEn) {
		this.code = code.value();
		this.nameTh = nameTh;
		this.nameEn = nameEn;
	}

	public ProvinceCode code() {
		return ProvinceCode.of(code);
	}

	public String nameTh() {
		return nameTh;
	}

	public String nameEn() {
		return nameEn;
	}

	/** By the name in the reader's language, in that language's alphabetical order. */
	public static java.util.Comparator<Province> byName(java.util.Locale locale) {
		return java.util.Comparator.comparing(ProvinceName::of, ProvinceName.byName(locale));
	}

	/** The name in the reader's language. */
	public String name(java.util.Locale locale) {
		return Languages.pick(locale, nameTh, nameEn);
	}
}
