package th.tipnet.events;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.RecordType;

/**
 * What this module writes to the audit log about events and registrations: the records it names
 * and the actions it records, each once. A constant's name is the code stored in the log; its Thai
 * and English labels are {@code audit.action.<code>} and {@code audit.entityType.<type>} in the
 * messages.
 */
enum EventsAudit implements AuditAction {

	BADGES_PRINTED,

	CERTIFICATES_PRINTED,

	CHECKED_IN,

	EVENT_CANCELLED,

	EVENT_DRAFTED,

	EVENT_ORGANISATION_MOVED,

	EVENT_PLANNED,

	EVENT_PUBLISHED,

	EVENT_REVISED,

	JOINED_ONLINE,

	MODE_CHANGED,

	OFFER_ACCEPTED,

	OFFER_DECLINED,

	OFFER_EXPIRED,

	PARTICIPANTS_EXPORTED,

	PARTICIPANTS_READ,

	PRIVATE_LINK_SENT_AGAIN,

	REGISTERED,

	REGISTRATION_APPROVED,

	REGISTRATION_CANCELLED,

	ROSTER_READ,

	SEAT_OFFERED;

	static final RecordType EVENT = new RecordType("Event");

	static final RecordType REGISTRATION = new RecordType("Registration");

}
