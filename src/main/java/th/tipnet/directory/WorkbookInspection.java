package th.tipnet.directory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks through an XLSX before fastexcel-reader reads it, with bounded memory, and refuses what
 * would make reading it expensive: a zip that unpacks past the limit (by its declared sizes before
 * anything is unpacked, then by the bytes actually unpacked, so a zip that lies about its sizes is
 * stopped at the limit), a sheet past the row limit (stopped at the first row too many), a row with
 * more cells or a cell further right than {@link ImportLimits#MAX_COLUMNS} (fastexcel-reader makes
 * room for every column up to a cell's address, so {@code <c r="ZZZZZZ1"/>} alone would take
 * gigabytes), and a shared-string index past the shared-strings table (the reader would read the
 * whole table looking for it).
 * <p>
 * Every part is read with the same XML parser and settings as fastexcel-reader (Aalto, no DTD, no
 * external entities), so the parts it reads are checked element by element up to the point where
 * it would fail itself; parts that are not XML (a thumbnail) are only counted.
 */
final class WorkbookInspection {

	/** Far more parts than a workbook of one table has; each costs memory before anything is read. */
	private static final int MAX_PARTS = 1000;

	private static final XMLInputFactory XML = xmlFactory();

	private final ImportLimits limits;

	private final ImportReading reading;

	private int sharedStrings;

	private long highestSharedString = -1;

	private WorkbookInspection(ImportLimits limits, ImportReading reading) {
		this.limits = limits;
		this.reading = reading;
	}

	static void check(byte[] content, ImportLimits limits, ImportReading reading) {
		new WorkbookInspection(limits, reading).check(content);
	}

	private void check(byte[] content) {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			List<ZipArchiveEntry> parts = Collections.list(zip.getEntries());
			if (parts.size() > MAX_PARTS) {
				throw ImportLimits.malformedXlsx();
			}
			long declared = 0;
			for (ZipArchiveEntry part : parts) {
				declared += Math.max(0, part.getSize());
				if (declared > limits.maxUnpackedBytes()) {
					throw limits.unpacksTooLarge();
				}
			}
			for (ZipArchiveEntry part : parts) {
				if (!zip.canReadEntryData(part)) {
					throw ImportLimits.malformedXlsx();
				}
				try (InputStream in = new Unpacking(zip.getInputStream(part), part.getSize())) {
					readPart(in);
				}
			}
		}
		catch (IOException e) {
			throw ImportLimits.malformedXlsx();
		}
		if (highestSharedString >= sharedStrings) {
			throw ImportLimits.malformedXlsx();
		}
	}

	private void readPart(InputStream in) throws IOException {
		try {
			scan(in);
		}
		catch (XMLStreamException notXml) {
			// Not XML (an image), or XML that fastexcel-reader would stop at too: only its size matters.
			in.transferTo(OutputStream.nullOutputStream());
		}
	}

	private void scan(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		try {
			int rows = 0;
			int cells = 0;
			boolean inRow = false;
			boolean rowHasValue = false;
			boolean sharedCell = false;
			StringBuilder index = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "row" -> {
							inRow = true;
							rowHasValue = false;
							cells = 0;
						}
						case "c" -> {
							if (++cells > ImportLimits.MAX_COLUMNS || !withinColumns(xml.getAttributeValue(null, "r"))) {
								throw ImportLimits.tooManyColumns();
							}
							sharedCell = "s".equals(xml.getAttributeValue(null, "t"));
						}
						case "v" -> {
							rowHasValue |= inRow;
							index = sharedCell ? new StringBuilder() : null;
						}
						case "is" -> rowHasValue |= inRow;
						case "si" -> sharedStrings++;
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS && index != null) {
					index.append(xml.getText());
					if (index.length() > 10) {
						throw ImportLimits.malformedXlsx();
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					switch (xml.getLocalName()) {
						case "v" -> {
							if (index != null) {
								highestSharedString = Math.max(highestSharedString, sharedStringIndex(index));
							}
							index = null;
						}
						case "c" -> sharedCell = false;
						case "row" -> {
							inRow = false;
							if (rowHasValue) {
								reading.rowsRead(++rows, limits);
							}
						}
						default -> {
						}
					}
				}
			}
		}
		finally {
			xml.close();
		}
	}

	private static long sharedStringIndex(StringBuilder text) {
		String digits = text.toString().strip();
		if (digits.isEmpty()) {
			return -1;
		}
		try {
			return Long.parseLong(digits);
		}
		catch (NumberFormatException e) {
			throw ImportLimits.malformedXlsx();
		}
	}

	/** A cell reference's column (A = 0) within the limit; a cell without a reference follows its row's. */
	private static boolean withinColumns(String reference) {
		if (reference == null) {
			return true;
		}
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = Character.toUpperCase(reference.charAt(i));
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
			if (column > ImportLimits.MAX_COLUMNS) {
				return false;
			}
		}
		return true;
	}

	private static XMLInputFactory xmlFactory() {
		XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		return factory;
	}

	/**
	 * A part's bytes as they are unpacked, counted: past its declared size (a zip that lies) or past
	 * the file's limit, reading stops with a refusal, so no more than the limit is ever unpacked.
	 */
	private final class Unpacking extends FilterInputStream {

		private final long declared;

		private long count;

		Unpacking(InputStream in, long declared) {
			super(in);
			this.declared = declared;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			byte[] buffer = new byte[(int) Math.min(n, 8192)];
			int read = read(buffer, 0, buffer.length);
			return Math.max(read, 0);
		}

		private void counted(int n) {
			count += n;
			reading.unpacked(n);
			if ((declared >= 0 && count > declared) || reading.unpackedBytes() > limits.maxUnpackedBytes()) {
				throw limits.unpacksTooLarge();
			}
		}
	}
}
