package th.tipnet.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national hotlines a person looking for help can call from anywhere in Thailand, each with the
 * organisation that answers it in the directory. Numbers and organisations as the network's
 * reference file of public contacts gives them (1694 is the Department of Employment's line for
 * migrant workers, with interpreters). Pages name them through the message keys
 * {@code directory.hotline.<number>.name} and {@code .what}.
 */
@Component("nationalHotlines")
class NationalHotlines {

	/** Number → reference key of the organisation answering it, in the order pages list them. */
	static final List<String[]> NUMBERS = List.of(new String[] { "1300", "msdhs-1300" }, new String[] { "191", "rtp" },
			new String[] { "1178", "immigration" }, new String[] { "1694", "doe" }, new String[] { "1546", "dlpw" });

	private final Organisations organisations;

	NationalHotlines(Organisations organisations) {
		this.organisations = organisations;
	}

	/** The hotlines, each with its organisation's id when the directory holds it (null otherwise). */
	@Transactional(readOnly = true)
	public List<Hotline> all() {
		var ids = new java.util.HashMap<String, UUID>();
		organisations.referenceKeys().forEach(row -> ids.put((String) row[0], (UUID) row[1]));
		return NUMBERS.stream().map(n -> new Hotline(n[0], ids.get(n[1]))).toList();
	}

	/** A hotline: the number to dial and the organisation answering it. */
	public record Hotline(String number, UUID organisationId) {
	}
}
