package th.tipnet.forums;

import java.util.UUID;

/** An organisation or a sector raised a problem or a recommendation at a forum. */
public record InputRaised(ForumId forumId, UUID inputId, String kind, String theme) {
}
