package th.tipnet.cases;

/**
 * How the person first came to the network's attention. HTCDS has no list for this; these are the
 * Thai first responders (a port-in/port-out centre inspects fishing vessels).
 */
enum Channel {
	HOTLINE_1300, POLICE_OPERATION, LABOUR_INSPECTION, PIPO_FISHERIES_INSPECTION, NGO_OUTREACH, EMBASSY, SELF_REFERRAL,
	ONLINE_REPORT, OTHER
}
