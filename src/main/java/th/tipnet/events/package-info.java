/**
 * Campaign events, forums and trainings: the event page, participant groups with quotas per mode,
 * registration that never oversells, waiting lists. Public API: {@link th.tipnet.events.Registrar}.
 */
@ApplicationModule(displayName = "Campaign events")
package th.tipnet.events;

import org.springframework.modulith.ApplicationModule;
