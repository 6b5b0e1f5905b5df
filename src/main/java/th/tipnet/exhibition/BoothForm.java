package th.tipnet.exhibition;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/** The booth form as typed: every value a string, read into an allocation that names each bad field. */
record BoothForm(@Size(max = 40) String number, @Size(max = 100) String zone, @Size(max = 40) String type,
		@Size(max = 36) String organisationId, @Size(max = 300) String labelTh, @Size(max = 300) String labelEn,
		@Size(max = 10) String gridRow, @Size(max = 10) String gridColumn, Long version) {

	static BoothForm blank() {
		return new BoothForm(null, null, BoothType.AGENCY.name(), null, null, null, null, null, 0L);
	}

	static BoothForm of(Booth b) {
		return new BoothForm(b.number(), b.zone(), b.type().name(), b.organisationId().toString(), b.labelTh(), b.labelEn(),
				b.gridRow() == null ? null : b.gridRow().toString(), b.gridColumn() == null ? null : b.gridColumn().toString(),
				b.version());
	}

	BoothAllocation allocation() {
		List<Violation> v = new ArrayList<>();
		BoothType boothType = null;
		if (type != null && !type.isBlank()) {
			try {
				boothType = BoothType.valueOf(type);
			}
			catch (IllegalArgumentException e) {
				v.add(new Violation("type", "exhibition.type.unknown"));
			}
		}
		UUID organisation = null;
		if (organisationId != null && !organisationId.isBlank()) {
			try {
				organisation = UUID.fromString(organisationId.strip());
			}
			catch (IllegalArgumentException e) {
				v.add(new Violation("organisationId", "exhibition.organisation.unknown"));
			}
		}
		Integer row = whole(gridRow, "gridRow", v);
		Integer column = whole(gridColumn, "gridColumn", v);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return new BoothAllocation(number, zone, boothType, organisation, labelTh, labelEn, row, column);
	}

	long versionOrZero() {
		return version == null ? 0 : version;
	}

	static Integer whole(String value, String field, List<Violation> v) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			v.add(new Violation(field, "exhibition.grid.whole"));
			return null;
		}
	}
}
