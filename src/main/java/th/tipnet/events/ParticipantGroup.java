package th.tipnet.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import th.tipnet.common.Languages;

/**
 * A group participants register under (ministry executives, NGOs, embassies, ...), with its own
 * quota per mode when set (null: only the event's capacity limits it) and whether it is by
 * invitation only.
 */
@Embeddable
public record ParticipantGroup(@Column(name = "code", nullable = false) String code,
		@Column(name = "name_th", nullable = false) String nameTh,
		@Column(name = "name_en", nullable = false) String nameEn, @Column(name = "onsite_quota") Integer onsiteQuota,
		@Column(name = "online_quota") Integer onlineQuota,
		@Column(name = "invitation_only", nullable = false) boolean invitationOnly) {

	public String name(java.util.Locale locale) {
		return Languages.pick(locale, nameTh, nameEn);
	}

	/** The group's own limit for a mode, or null when only the event's capacity applies. */
	public Integer quota(AttendanceMode mode) {
		return mode == AttendanceMode.ONSITE ? onsiteQuota : onlineQuota;
	}
}
