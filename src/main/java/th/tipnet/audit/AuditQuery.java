package th.tipnet.audit;

import java.time.LocalDate;

/** Filters for browsing the log; any may be null. Dates are Bangkok calendar days, inclusive. */
public record AuditQuery(String actor, String entityType, String action, LocalDate from, LocalDate to) {
}
