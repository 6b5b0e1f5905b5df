package th.tipnet.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A phone, hotline, website or address of an organisation that the network's reference file took
 * from public sources. Everyone sees it with its source and date, marked as not confirmed, until
 * the organisation's own administrator confirms it, corrects it (which confirms it) or removes it.
 * A removed one keeps its row, so that loading the reference file again never brings it back.
 */
@Entity
@Table(name = "organisation_public_contact")
class PublicContact {

	/** What the value is; the pages show phones and hotlines as tel: links, websites as links. */
	public enum Kind {
		HOTLINE, PHONE, WEBSITE, ADDRESS
	}

	/** Where the contact stands with its organisation. */
	public enum State {
		FROM_PUBLIC_SOURCE, CONFIRMED, REMOVED
	}

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(name = "contact_value", nullable = false)
	private String value;

	@Column(name = "source_urls", nullable = false)
	private String sourceUrls;

	@Column(name = "as_of", nullable = false)
	private LocalDate asOf;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "confirmed_by")
	private String confirmedBy;

	@Version
	private long version;

	protected PublicContact() {
	}

	static PublicContact fromPublicSource(UUID organisationId, Kind kind, String value, String sourceUrls, LocalDate asOf) {
		PublicContact c = new PublicContact();
		c.id = UUID.randomUUID();
		c.organisationId = organisationId;
		c.kind = kind;
		c.value = value;
		c.sourceUrls = sourceUrls;
		c.asOf = asOf;
		c.state = State.FROM_PUBLIC_SOURCE;
		return c;
	}

	/** The organisation says the value is right. Confirming again changes nothing. */
	boolean confirm(String by, Instant at) {
		if (state != State.FROM_PUBLIC_SOURCE) {
			return false;
		}
		state = State.CONFIRMED;
		confirmedAt = at;
		confirmedBy = by;
		return true;
	}

	/** The organisation gives the right value (which confirms it), or none (which removes it). */
	void correct(String newValue, String by, Instant at) {
		if (newValue == null) {
			state = State.REMOVED;
		}
		else {
			value = newValue;
			state = State.CONFIRMED;
		}
		confirmedAt = at;
		confirmedBy = by;
	}

	public UUID id() {
		return id;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public Kind kind() {
		return kind;
	}

	public String value() {
		return value;
	}

	/** The public pages the value was taken from, in the reference file's order. */
	public List<String> sources() {
		return Arrays.stream(sourceUrls.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public LocalDate asOf() {
		return asOf;
	}

	public State state() {
		return state;
	}

	public boolean confirmed() {
		return state == State.CONFIRMED;
	}

	public boolean shown() {
		return state != State.REMOVED;
	}

	public Instant confirmedAt() {
		return confirmedAt;
	}

	public String confirmedBy() {
		return confirmedBy;
	}

	public long version() {
		return version;
	}

	/** The number to dial (tel: links): digits and a leading plus only. */
	public String dial() {
		return value.replaceAll("[^0-9+]", "");
	}

	/** The sources as links: the address and its host name as a short link text. */
	public List<SourceLink> sourceLinks() {
		return sources().stream().map(url -> new SourceLink(url, host(url))).toList();
	}

	/** A public page a value was taken from. */
	public record SourceLink(String url, String host) {
	}

	/** A source's host name, as a short link text ("1300thailand.m-society.go.th"). */
	static String host(String url) {
		try {
			String host = java.net.URI.create(url.strip().replace(" ", "%20")).getHost();
			return host == null ? url : host.replaceFirst("^www\\.", "").replaceFirst("\\.$", "");
		}
		catch (IllegalArgumentException e) {
			return url;
		}
	}
}
