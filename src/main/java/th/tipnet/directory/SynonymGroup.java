package th.tipnet.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Words the directory search treats as the same: สถานทูต, สถานเอกอัครราชทูต, embassy. */
@Entity
@Table(name = "search_synonym")
class SynonymGroup {

	static final String SEPARATOR = ", ";

	@Id
	private UUID id;

	@Column(nullable = false)
	private String terms;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected SynonymGroup() {
	}

	SynonymGroup(List<String> terms, Instant at) {
		this.id = UUID.randomUUID();
		this.terms = String.join(SEPARATOR, terms);
		this.updatedAt = at;
	}

	void change(List<String> terms, Instant at) {
		this.terms = String.join(SEPARATOR, terms);
		this.updatedAt = at;
	}

	public UUID id() {
		return id;
	}

	public List<String> terms() {
		return List.of(terms.split(SEPARATOR));
	}

	public String line() {
		return terms;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version;
	}
}
