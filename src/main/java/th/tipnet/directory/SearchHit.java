package th.tipnet.directory;

/**
 * One organisation found, with its names highlighted where they matched. The highlighted names are
 * HTML-safe: the text is escaped and only {@code <mark>} tags are added.
 */
record SearchHit(Organisation organisation, String nameThHtml, String nameEnHtml) {
}
