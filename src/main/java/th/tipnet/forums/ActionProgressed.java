package th.tipnet.forums;

import java.util.UUID;

/** An action's owner or the forum's recorders reported on it: its status and progress now. */
public record ActionProgressed(UUID actionId, String status, int progress) {
}
