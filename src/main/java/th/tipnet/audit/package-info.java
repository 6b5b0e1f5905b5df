/**
 * The tamper-evident record of who saw and changed what. Append-only (the database refuses updates
 * and deletes) and hash-chained (each entry's hash covers the previous one's). Public API:
 * {@link th.tipnet.audit.AuditTrail}.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "common", "common :: *" })
package th.tipnet.audit;

import org.springframework.modulith.ApplicationModule;
