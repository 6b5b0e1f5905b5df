package th.tipnet.events;

import java.util.UUID;

/** A registration was made or changed status (confirmed from the waiting list): its holder is told. */
public record RegistrationRecorded(UUID registrationId) {
}
