package th.tipnet.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** XLSX files made by hand, byte by byte, as an attacker would: zip bombs and sheets no program writes. */
final class TestWorkbooks {

	static final String SHEET = "xl/worksheets/sheet1.xml";

	/** One row of one inline-string cell, repeated: deflate packs a long run of it about a thousand to one. */
	static final String BOMB_ROW = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";

	private TestWorkbooks() {
	}

	/** A workbook of one sheet whose {@code sheetData} holds {@code head}, then {@code repeated} n times. */
	static byte[] sheet(String head, String repeated, long times) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			part(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					</Types>""");
			part(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			part(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="orgs" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			part(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					</Relationships>""");
			zip.putNextEntry(new ZipEntry(SHEET));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					+ "<sheetData>" + head).getBytes(StandardCharsets.UTF_8));
			byte[] block = repeated.repeat(1000).getBytes(StandardCharsets.UTF_8);
			for (long i = 0; i < times / 1000; i++) {
				zip.write(block);
			}
			zip.write(repeated.repeat((int) (times % 1000)).getBytes(StandardCharsets.UTF_8));
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The header row of a directory import, as inline strings. */
	static String headerRow() {
		return "<row>" + cell("name_th") + cell("name_en") + cell("sector") + "</row>";
	}

	static String cell(String text) {
		return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
	}

	/** The zip with the central directory claiming {@code claimed} unpacked bytes for {@code name}. */
	static byte[] lyingAboutItsSize(byte[] zip, String name, int claimed) {
		byte[] copy = zip.clone();
		ByteBuffer bytes = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
		int end = copy.length - 22;
		while (bytes.getInt(end) != 0x06054b50) {
			end--;
		}
		int entries = bytes.getShort(end + 10) & 0xFFFF;
		int at = bytes.getInt(end + 16);
		for (int i = 0; i < entries; i++) {
			int nameLength = bytes.getShort(at + 28) & 0xFFFF;
			String entryName = new String(copy, at + 46, nameLength, StandardCharsets.UTF_8);
			if (entryName.equals(name)) {
				bytes.putInt(at + 24, claimed);
			}
			at += 46 + nameLength + (bytes.getShort(at + 30) & 0xFFFF) + (bytes.getShort(at + 32) & 0xFFFF);
		}
		return copy;
	}

	private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
