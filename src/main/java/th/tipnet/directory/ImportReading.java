package th.tipnet.directory;

/**
 * What reading one import file took so far: the most rows read from one sheet (or the CSV), the
 * header included, and the bytes unpacked from an XLSX. The limits are checked as these grow; tests
 * read them to see that a refused file was not read to its end.
 */
final class ImportReading {

	private int rows;

	private long unpackedBytes;

	int rows() {
		return rows;
	}

	long unpackedBytes() {
		return unpackedBytes;
	}

	/** Notes that a sheet has given {@code rowsSoFar} rows; refuses the file once they pass the limit. */
	void rowsRead(int rowsSoFar, ImportLimits limits) {
		rows = Math.max(rows, rowsSoFar);
		if (rowsSoFar > limits.maxRows() + 1) {
			throw limits.tooManyRows();
		}
	}

	void unpacked(long bytes) {
		unpackedBytes += bytes;
	}
}
