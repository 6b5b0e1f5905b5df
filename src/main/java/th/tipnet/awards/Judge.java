package th.tipnet.awards;

import java.util.UUID;

/** An account with the role JUDGE as the awards know it: who, by name, and their organisation (if any). */
record Judge(UUID id, String name, UUID organisationId) {
}
