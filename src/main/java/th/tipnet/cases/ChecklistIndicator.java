package th.tipnet.cases;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tipnet.common.Languages;

/**
 * One question of the screening checklist as the network coordinator keeps it: its part of the
 * definition and HTCDS code ({@link Indicator}), its Thai and English wording, its place, whether every
 * member must answer it, and whether it is retired. Its key ({@code MEANS:DebtBondage}) is what
 * screenings store, so it never changes and an indicator is never deleted.
 */
@Entity
@Table(name = "nrm_indicator")
class ChecklistIndicator {

	@Id
	private UUID id;

	@Column(name = "indicator_key", nullable = false, updatable = false)
	private String key;

	@Enumerated(EnumType.STRING)
	@Column(name = "grp", nullable = false, updatable = false)
	private Indicator.Group group;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(name = "text_th", nullable = false)
	private String textTh;

	@Column(name = "text_en", nullable = false)
	private String textEn;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean required;

	@Column(name = "retired_at")
	private Instant retiredAt;

	@Version
	private long version;

	protected ChecklistIndicator() {
	}

	ChecklistIndicator(String key, Indicator.Group group, String code, String textTh, String textEn, int position,
			boolean required) {
		this.id = UUID.randomUUID();
		this.key = key;
		this.group = group;
		this.code = code;
		this.textTh = textTh;
		this.textEn = textEn;
		this.position = position;
		this.required = required;
	}

	void reword(String textTh, String textEn, boolean required) {
		this.textTh = textTh;
		this.textEn = textEn;
		this.required = required;
	}

	void moveTo(int position) {
		this.position = position;
	}

	void retire(Instant at) {
		if (retiredAt == null) {
			retiredAt = at;
		}
	}

	public UUID id() {
		return id;
	}

	public String key() {
		return key;
	}

	public Indicator.Group group() {
		return group;
	}

	public String code() {
		return code;
	}

	public String textTh() {
		return textTh;
	}

	public String textEn() {
		return textEn;
	}

	/** The wording in the reader's language. */
	public String text(Locale reader) {
		return Languages.pick(reader, textTh, textEn);
	}

	public int position() {
		return position;
	}

	public boolean required() {
		return required;
	}

	public boolean active() {
		return retiredAt == null;
	}

	public Instant retiredAt() {
		return retiredAt;
	}

	public long version() {
		return version;
	}
}
