package th.tipnet.events;

import java.util.UUID;

/** A participant attended: checked in at the door, or joined the online session while it was on. */
public record ParticipantCheckedIn(UUID registrationId) {
}
