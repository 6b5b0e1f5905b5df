package th.tipnet.directory;

/** A directory search: free text and filters, any of which may be null. Inactive organisations only on request. */
public record DirectoryQuery(String text, String province, String service, String language, Sector sector,
		Boolean twentyFourSeven, boolean includeInactive) {

	public static DirectoryQuery all() {
		return new DirectoryQuery(null, null, null, null, null, null, false);
	}

	public boolean hasText() {
		return text != null && !text.isBlank();
	}
}
