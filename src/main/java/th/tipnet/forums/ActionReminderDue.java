package th.tipnet.forums;

import java.util.UUID;

/** A follow-up action is due soon or overdue, noted once per kind: mail its owner's contacts. */
record ActionReminderDue(UUID actionId, String kind) {
}
