package th.tipnet.forums;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One change to an action, as its owner or the forum's recorders reported it: when and by whom, the status and
 * progress it left, and the evidence (a note, a link) or the reason for dropping. The list of them is the action's
 * change history, its first entry the agreement itself.
 */
@Embeddable
record ActionUpdate(@Column(name = "updated_at", nullable = false) Instant at, @Column(name = "updated_by") UUID by,
		@Column(name = "by_name", nullable = false) String byName, @Column(name = "status", nullable = false) String status,
		@Column(name = "progress", nullable = false) int progress, @Column(name = "note") String note,
		@Column(name = "link") String link, @Column(name = "reason") String reason) {
}
