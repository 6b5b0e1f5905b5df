package th.tipnet.forums;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A problem or a recommendation raised at a forum: by an organisation present (with the sector it stood
 * for) or by a sector as a whole, about a theme, in some provinces (none: the whole country). Made by
 * {@link Forum#raise}.
 */
@Entity
@Table(name = "forum_input")
class ForumInput {

	@Id
	private UUID id;

	@Column(name = "forum_id", nullable = false, updatable = false)
	private UUID forumId;

	@Column(name = "organisation_id", updatable = false)
	private UUID organisationId;

	@Column(nullable = false, updatable = false)
	private String sector;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InputKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Theme theme;

	@Column(nullable = false)
	private String text;

	@Column(name = "shown_publicly", nullable = false)
	private boolean shownPublicly;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "forum_input_province", joinColumns = @JoinColumn(name = "input_id"))
	@Column(name = "province_code")
	private Set<String> provinces = new TreeSet<>();

	@Column(name = "raised_at", nullable = false, updatable = false)
	private Instant raisedAt;

	@Column(name = "raised_by", updatable = false)
	private UUID raisedBy;

	@Version
	private long version;

	protected ForumInput() {
	}

	ForumInput(UUID forumId, UUID organisationId, String sector, InputKind kind, Theme theme, String text,
			Set<String> provinces, Instant raisedAt, UUID raisedBy) {
		this.id = UUID.randomUUID();
		this.forumId = forumId;
		this.organisationId = organisationId;
		this.sector = sector;
		this.kind = kind;
		this.theme = theme;
		this.text = text;
		this.provinces.addAll(provinces);
		this.raisedAt = raisedAt;
		this.raisedBy = raisedBy;
	}

	/** The chair shows it on the forum's public summary, or takes it off. */
	void showPublicly(boolean shown) {
		shownPublicly = shown;
	}

	public UUID id() {
		return id;
	}

	public UUID forumId() {
		return forumId;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public String sector() {
		return sector;
	}

	public InputKind kind() {
		return kind;
	}

	public Theme theme() {
		return theme;
	}

	public String text() {
		return text;
	}

	public boolean shownPublicly() {
		return shownPublicly;
	}

	public Set<String> provinces() {
		return Set.copyOf(provinces);
	}

	public Instant raisedAt() {
		return raisedAt;
	}

	public long version() {
		return version;
	}
}
