package th.tipnet.directory;

/** Published at start-up once provinces and reference organisations are in the database. */
public record ReferenceDataLoaded(int provincesAdded, int organisationsAdded) {
}
