/**
 * The network directory: who the member organisations are, their sector, their place in the tree
 * of organisations, and the provinces they cover. Public API: {@link th.tipnet.directory.Directory}
 * (lookups), {@link th.tipnet.directory.DirectorySearch} (search, who can help),
 * {@link th.tipnet.directory.Capacity}, the read views they return ({@code OrganisationSummary} with its
 * {@code OrganisationId}, {@code ProvinceName}, {@code ServiceTypeName}, {@code HelpingOrganisation}, ...;
 * the lookups that answer the entities {@code Organisation}, {@code Province} and {@code ServiceType} are
 * package-private, but for {@code organisationByReferenceKey}, which the integration tests' set-up uses) and the events
 * ({@link th.tipnet.directory.ReferenceDataLoaded}, {@link th.tipnet.directory.OrganisationsMerged});
 * editing, import, export and the web layer are package-private.
 */
@ApplicationModule(displayName = "Network directory", allowedDependencies = { "common", "common :: *", "audit" })
package th.tipnet.directory;

import org.springframework.modulith.ApplicationModule;
