package th.tipnet.events;

import java.util.UUID;

/** A confirmed participant's event starts within a day: remind them. */
public record RegistrationReminderDue(UUID registrationId) {
}
