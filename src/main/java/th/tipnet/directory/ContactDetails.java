package th.tipnet.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whom to call at an organisation. Members-only contacts are never shown to visitors or anonymous API callers. */
@Embeddable
public record ContactDetails(@Column(name = "name", nullable = false) String name,
		@Column(name = "position") String position, @Column(name = "phone") String phone,
		@Column(name = "email") String email, @Column(name = "line_id") String lineId,
		@Column(name = "members_only", nullable = false) boolean membersOnly) {
}
