/**
 * Campaign events, forums and trainings: the event page, participant groups with quotas per mode,
 * registration that never oversells, waiting lists. Public API: {@link th.tipnet.events.Registrar}
 * (registering), {@link th.tipnet.events.Participants} (reading registrations),
 * {@link th.tipnet.events.CheckIns} (the door). The signed-in member's own details on the registration
 * form come through {@link th.tipnet.common.MemberDetails} (identity implements it), so events does not
 * depend on identity.
 */
@ApplicationModule(displayName = "Campaign events", allowedDependencies = { "common", "common :: *", "directory", "audit",
		"certificates" })
package th.tipnet.events;

import org.springframework.modulith.ApplicationModule;
