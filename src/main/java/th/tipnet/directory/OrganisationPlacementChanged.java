package th.tipnet.directory;

/**
 * An organisation's place in the network changed: its parent, or the provinces it works in. Whatever
 * reasons from that place (the awards' conflicts of interest: a judge's organisation and its parents,
 * the provinces it covers) should look again.
 */
public record OrganisationPlacementChanged(OrganisationId organisationId) {
}
