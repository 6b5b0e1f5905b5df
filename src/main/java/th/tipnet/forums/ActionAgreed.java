package th.tipnet.forums;

import java.util.UUID;

/** A forum agreed a follow-up action on something raised there, owned by an organisation. */
public record ActionAgreed(UUID actionId, ForumId forumId, UUID ownerOrganisationId) {
}
