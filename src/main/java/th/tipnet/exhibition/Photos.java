package th.tipnet.exhibition;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import th.tipnet.common.Fingerprint;

/**
 * Checks an uploaded photo and makes it safe to publish. The type comes from the file's first
 * bytes (JPEG, PNG or WebP), never from the name or the browser's claim. Metadata is removed: a
 * phone's photo carries the GPS position where it was taken, and a photo of survivors' products may
 * have been taken in a shelter whose address must stay unknown. A JPEG keeps only its orientation,
 * so it is not shown sideways; colour profiles stay.
 */
final class Photos {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final String JPEG = "image/jpeg";

	static final String PNG = "image/png";

	static final String WEBP = "image/webp";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** PNG chunks that describe pixels and colour; text, time and EXIF chunks are dropped. */
	private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP",
			"sBIT", "sRGB", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

	private Photos() {
	}

	/** The image type the bytes really are, or empty when they are none of the three. */
	static Optional<String> contentType(byte[] b) {
		if (b.length >= 12 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (b.length >= 16 && Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8)) {
			return Optional.of(PNG);
		}
		if (b.length >= 16 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	/** The photo ready to store, or empty when the bytes are not a well-formed image of a known type. */
	static Optional<Photo> publishable(byte[] bytes) {
		Optional<String> type = contentType(bytes);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		try {
			byte[] clean = switch (type.get()) {
				case JPEG -> jpegWithoutMetadata(bytes);
				case PNG -> pngWithoutMetadata(bytes);
				default -> webpWithoutMetadata(bytes);
			};
			return Optional.of(new Photo(type.get(), clean, Fingerprint.of(clean)));
		}
		catch (IndexOutOfBoundsException | IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	/** Copies the segments before the image data except APPn and comments (JFIF, ICC and Adobe stay). */
	static byte[] jpegWithoutMetadata(byte[] in) {
		ByteArrayOutputStream jfif = new ByteArrayOutputStream();
		ByteArrayOutputStream kept = new ByteArrayOutputStream(in.length);
		int orientation = 0;
		int i = 2;
		while (true) {
			require(i + 1 < in.length);
			require((in[i] & 0xFF) == 0xFF);
			int marker = in[i + 1] & 0xFF;
			if (marker == 0xFF) {
				i++; // fill byte
				continue;
			}
			require(marker != 0xD9 && i + 3 < in.length); // an image ends after its scan, not before
			int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
			require(length >= 2 && i + 2 + length <= in.length);
			int body = i + 4;
			int bodyLength = length - 2;
			if (marker == 0xDA) {
				// Start of scan: the compressed data follows, to the end. EXIF goes right after SOI/JFIF.
				ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
				out.write(0xFF);
				out.write(0xD8);
				out.writeBytes(jfif.toByteArray());
				if (orientation > 1) {
					out.writeBytes(orientationSegment(orientation));
				}
				out.writeBytes(kept.toByteArray());
				copyScans(in, i, out);
				return out.toByteArray();
			}
			if (marker == 0xE0) {
				jfif.write(in, i, 2 + length);
			}
			else if (marker == 0xE1) {
				if (orientation == 0 && startsWith(in, body, bodyLength, "Exif\0\0")) {
					orientation = exifOrientation(in, body + 6, bodyLength - 6);
				}
			}
			else if ((marker == 0xE2 && startsWith(in, body, bodyLength, "ICC_PROFILE\0")) || marker == 0xEE
					|| (marker < 0xE0 || marker > 0xEF) && marker != 0xFE) {
				// Colour profile, Adobe colour transform, and tables and frame headers; comments go.
				kept.write(in, i, 2 + length);
			}
			i += 2 + length;
		}
	}

	/** The EXIF orientation (1–8) in IFD0, or 0 when there is none or the EXIF cannot be read. */
	static int exifOrientation(byte[] b, int start, int length) {
		try {
			if (length < 8) {
				return 0;
			}
			boolean little = b[start] == 'I' && b[start + 1] == 'I';
			if (!little && !(b[start] == 'M' && b[start + 1] == 'M')) {
				return 0;
			}
			int ifd = (int) u32(b, start + 4, little);
			if (ifd < 8 || ifd + 2 > length) {
				return 0;
			}
			int entries = u16(b, start + ifd, little);
			for (int e = 0; e < entries; e++) {
				int entry = start + ifd + 2 + e * 12;
				if (entry + 12 > start + length) {
					return 0;
				}
				if (u16(b, entry, little) == 0x0112) {
					int value = u16(b, entry + 8, little);
					return value >= 1 && value <= 8 ? value : 0;
				}
			}
			return 0;
		}
		catch (IndexOutOfBoundsException e) {
			return 0;
		}
	}

	/** An APP1 segment whose EXIF holds only the orientation. */
	static byte[] orientationSegment(int orientation) {
		byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian header, IFD0 at 8
				0, 1, // one entry
				0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
				0, 0, 0, 0 }; // no next IFD
		byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
		int length = 2 + exif.length + tiff.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(exif);
		out.writeBytes(tiff);
		return out.toByteArray();
	}

	/** Keeps the chunks that draw the image; drops text (tEXt, zTXt, iTXt), tIME and eXIf. */
	static byte[] pngWithoutMetadata(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 8);
		int i = 8;
		while (true) {
			require(i + 8 <= in.length);
			long length = u32(in, i, false);
			require(length <= in.length - i - 12L);
			String type = ascii(in, i + 4, 4);
			int total = 12 + (int) length;
			if (PNG_KEPT.contains(type)) {
				out.write(in, i, total);
			}
			i += total;
			if (type.equals("IEND")) {
				return out.toByteArray();
			}
		}
	}

	/** Drops the EXIF and XMP chunks of a WebP file and clears their flags in its VP8X header. */
	static byte[] webpWithoutMetadata(byte[] in) {
		long riffSize = u32(in, 4, true);
		require(riffSize + 8 <= in.length && riffSize >= 4);
		int end = (int) riffSize + 8;
		ByteArrayOutputStream chunks = new ByteArrayOutputStream(in.length);
		int i = 12;
		while (i + 8 <= end) {
			String type = ascii(in, i, 4);
			long size = u32(in, i + 4, true);
			long padded = size + (size & 1);
			require(i + 8 + padded <= end || i + 8 + size == end);
			int total = (int) Math.min(8 + padded, end - i);
			if (!type.equals("EXIF") && !type.equals("XMP ")) {
				byte[] chunk = Arrays.copyOfRange(in, i, i + total);
				if (type.equals("VP8X") && size >= 1) {
					chunk[8] = (byte) (chunk[8] & ~0x0C); // no EXIF, no XMP
				}
				chunks.writeBytes(chunk);
			}
			i += total;
		}
		require(i == end);
		byte[] body = chunks.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
		out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
		long size = body.length + 4L;
		out.write((int) (size & 0xFF));
		out.write((int) ((size >> 8) & 0xFF));
		out.write((int) ((size >> 16) & 0xFF));
		out.write((int) ((size >> 24) & 0xFF));
		out.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(body);
		return out.toByteArray();
	}

	private static void require(boolean wellFormed) {
		if (!wellFormed) {
			throw new IllegalArgumentException("malformed image");
		}
	}

	private static boolean startsWith(byte[] b, int offset, int length, String prefix) {
		return length >= prefix.length() && ascii(b, offset, prefix.length()).equals(prefix);
	}

	private static String ascii(byte[] b, int offset, int length) {
		return new String(b, offset, length, StandardCharsets.ISO_8859_1);
	}

	private static int u16(byte[] b, int i, boolean little) {
		return little ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 : (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
	}

	private static long u32(byte[] b, int i, boolean little) {
		long v = 0;
		for (int k = 0; k < 4; k++) {
			int shift = little ? 8 * k : 8 * (3 - k);
			v |= (long) (b[i + k] & 0xFF) << shift;
		}
		return v;
	}

	/**
	 * Copies the scans from the first start-of-scan to the end-of-image marker: metadata and comment
	 * segments between progressive scans are dropped, and so is anything after the image (phones
	 * append videos and further images there, with their own location data).
	 */
	private static void copyScans(byte[] in, int from, ByteArrayOutputStream out) {
		int i = from;
		while (i + 1 < in.length) {
			if ((in[i] & 0xFF) != 0xFF) {
				out.write(in[i]);
				i++;
				continue;
			}
			int marker = in[i + 1] & 0xFF;
			if (marker == 0x00 || marker == 0xFF || (marker >= 0xD0 && marker <= 0xD7)) {
				// Stuffed byte, fill byte or restart marker: part of the compressed data.
				out.write(in[i]);
				i++;
				continue;
			}
			if (marker == 0xD9) {
				out.write(0xFF);
				out.write(0xD9);
				return;
			}
			require(i + 3 < in.length);
			int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
			require(length >= 2 && i + 2 + length <= in.length);
			boolean metadata = (marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE;
			if (!metadata) {
				out.write(in, i, 2 + length);
			}
			i += 2 + length;
		}
		// No end-of-image marker (a truncated file): end it here.
		out.write(0xFF);
		out.write(0xD9);
	}
}
