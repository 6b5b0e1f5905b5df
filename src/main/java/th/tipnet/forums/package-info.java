/**
 * Forums such as "Let's Talk TIP": the record of a meeting held as an event of the events module (linked by
 * its id, never copied), its chair, the organisations present with the sector each stood for, the agenda and
 * the minutes; the problems and recommendations each organisation or sector raised, by theme and province.
 * <p>
 * Who may do what, checked in {@link th.tipnet.forums.ForumRecords} (the URL rules of {@code ForumAccess}
 * only say the same first): forums are the network's own, so any signed-in member reads them; a
 * {@code NETWORK_COORDINATOR}, or an {@code EVENT_ORGANISER} of one of the event's organising organisations,
 * records a forum and names its chair (an account of an organising organisation); the chair and those who may
 * record it add inputs and agree follow-up actions on them, each owned by an organisation; that organisation's
 * {@code ORG_ADMIN}s and {@code MEMBER}s (and the chair and recorders) report progress with evidence. Public API:
 * {@link th.tipnet.forums.ForumId} and the events ({@link th.tipnet.forums.ForumRecorded},
 * {@link th.tipnet.forums.InputRaised}, {@link th.tipnet.forums.ActionAgreed},
 * {@link th.tipnet.forums.ActionProgressed}); everything else, the web layer included, is package-private.
 */
@ApplicationModule(displayName = "Forums", allowedDependencies = { "common", "common :: *", "directory", "events",
		"audit", "notify" })
package th.tipnet.forums;

import org.springframework.modulith.ApplicationModule;
