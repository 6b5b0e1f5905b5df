/**
 * Campaign events, forums and trainings: the event page, participant groups with quotas per mode,
 * registration that never oversells, waiting lists. Public API: {@link th.tipnet.events.Registrar}
 * (registering), {@link th.tipnet.events.Participants} (reading registrations),
 * {@link th.tipnet.events.CheckIns} (the door). {@code identity} is allowed only for the signed-in
 * member's own details on the registration form ({@code EventPages}), which the architecture
 * does not intend: it is to go.
 */
@ApplicationModule(displayName = "Campaign events", allowedDependencies = { "common", "common :: *", "directory", "audit",
		"identity", "certificates" })
package th.tipnet.events;

import org.springframework.modulith.ApplicationModule;
