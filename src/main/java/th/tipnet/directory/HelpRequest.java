package th.tipnet.directory;

/** "Who can help here": a province and a service (required), a language and round-the-clock (optional). */
public record HelpRequest(String province, String service, String language, boolean twentyFourSeven) {
}
