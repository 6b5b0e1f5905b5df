package th.tipnet.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import th.tipnet.common.Languages;

/** One line of the agenda: a Bangkok clock time ("08:30"), a title in both languages, the speakers. */
@Embeddable
public record AgendaItem(@Column(name = "starts_at", nullable = false) String startsAt,
		@Column(name = "title_th", nullable = false) String titleTh,
		@Column(name = "title_en", nullable = false) String titleEn, @Column(name = "speakers") String speakers) {

	public String title(java.util.Locale locale) {
		return Languages.pick(locale, titleTh, titleEn);
	}
}
