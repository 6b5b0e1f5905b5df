/**
 * Exhibitions at campaign events: booths allocated to organisations of the directory, each with a
 * type (agency, award winner, model province, survivors' products showcase), a zone and a place on
 * the booth map; survivors' products with their maker group, price and photo. No public type: other
 * modules meet it only through its pages, its API and the links it adds to an event's page
 * ({@link th.tipnet.events.EventPageLinks}). Booth allocation is {@code Exhibitors}', the products
 * {@code Showcase}'s. Depends on the events module for the event and who may manage it, on the
 * directory for organisations, and hears the awards' published results to offer the winners booths
 * ({@code AwardWinnerBooths}).
 */
@ApplicationModule(displayName = "Exhibitions", allowedDependencies = { "common", "common :: *", "events", "directory",
		"audit", "awards" })
package th.tipnet.exhibition;

import org.springframework.modulith.ApplicationModule;
