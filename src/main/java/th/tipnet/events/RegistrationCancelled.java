package th.tipnet.events;

import java.util.UUID;

/** A registration ended: cancelled by its holder, or an offered seat declined. Its seat, if any, is free again. */
public record RegistrationCancelled(UUID registrationId) {
}
