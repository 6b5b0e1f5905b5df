package th.tipnet.directory;

import java.util.UUID;

/** A duplicate organisation was merged into another: whatever pointed at the duplicate should now point at the survivor. */
public record OrganisationsMerged(UUID duplicateId, UUID survivorId) {
}
