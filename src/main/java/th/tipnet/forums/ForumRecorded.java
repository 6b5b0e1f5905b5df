package th.tipnet.forums;

import java.util.UUID;

/** A meeting of the network was recorded as a forum of its event. */
public record ForumRecorded(ForumId forumId, UUID eventId) {
}
