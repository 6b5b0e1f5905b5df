package th.tipnet.directory;

import org.springframework.http.HttpStatus;

import th.tipnet.common.DomainException;

/**
 * How much one import file may hold: data rows, bytes as uploaded, and bytes once an XLSX is
 * unpacked (an XLSX is a zip, and a zip of a few hundred kilobytes can unpack to gigabytes).
 * Every limit is checked while the file is read, so a file past one is refused before the rest of
 * it is read.
 */
record ImportLimits(int maxRows, long maxFileBytes, long maxUnpackedBytes) {

	/** More columns than a directory import could use; a row of a million cells would fill the heap. */
	static final int MAX_COLUMNS = 100;

	private static final long MEGABYTE = 1024 * 1024;

	DomainException tooManyRows() {
		return DomainException.invalid("file", "directory.import.tooManyRows", maxRows);
	}

	static DomainException tooManyColumns() {
		return DomainException.invalid("file", "directory.import.tooManyColumns", MAX_COLUMNS);
	}

	DomainException fileTooLarge() {
		return new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "directory.import.fileTooLarge", "file", megabytes(maxFileBytes));
	}

	DomainException unpacksTooLarge() {
		return new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "directory.import.unpacksTooLarge", "file",
				megabytes(maxUnpackedBytes), maxRows);
	}

	static DomainException malformedXlsx() {
		return DomainException.invalid("file", "directory.import.malformedXlsx");
	}

	static long megabytes(long bytes) {
		return Math.max(1, bytes / MEGABYTE);
	}
}
