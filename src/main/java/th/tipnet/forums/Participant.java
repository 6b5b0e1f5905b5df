package th.tipnet.forums;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organisation present at a forum and the sector it stood for there (the directory's, as it was that day). */
@Embeddable
record Participant(@Column(name = "organisation_id", nullable = false) UUID organisationId,
		@Column(name = "sector", nullable = false) String sector) {
}
