package th.tipnet.directory;

import java.util.regex.Pattern;

import th.tipnet.common.DomainException;

/** An ISO 3166-2:TH province code such as {@code TH-20}; well-formed on construction. */
public record ProvinceCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("TH-[0-9]{2}|TH-S");

	public ProvinceCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw DomainException.invalid("province", "directory.province.unknown");
		}
	}

	public static ProvinceCode of(String value) {
		return new ProvinceCode(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
	}

	@Override
	public String toString() {
		return value;
	}
}
