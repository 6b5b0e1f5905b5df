package th.tipnet.exhibition;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.RecordType;

/**
 * What this module writes to the audit log about the exhibition's booths and products: the records
 * it names and the actions it records, each once. A constant's name is the code stored in the log;
 * its Thai and English labels are {@code audit.action.<code>} and {@code audit.entityType.<type>}
 * in the messages.
 */
enum ExhibitionAudit implements AuditAction {

	BOOTH_ALLOCATED,

	BOOTH_CHANGED,

	BOOTH_OFFERED,

	BOOTH_REMOVED,

	PRODUCT_ADDED,

	PRODUCT_CHANGED,

	PRODUCT_REMOVED;

	static final RecordType BOOTH = new RecordType("ExhibitionBooth");

	static final RecordType BOOTH_OFFER = new RecordType("ExhibitionBoothOffer");

	static final RecordType PRODUCT = new RecordType("ExhibitionProduct");

}
