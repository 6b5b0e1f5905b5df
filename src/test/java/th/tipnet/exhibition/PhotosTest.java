package th.tipnet.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** An uploaded photo is recognised by its bytes and published without where it was taken. */
class PhotosTest {

	static final String SECRET = "GPS 13.9131N 100.5580E shelter";

	@Test
	void recognisesJpegPngAndWebpByTheirBytesAndNothingElse() throws IOException {
		assertThat(Photos.contentType(image("jpg"))).contains(Photos.JPEG);
		assertThat(Photos.contentType(image("png"))).contains(Photos.PNG);
		assertThat(Photos.contentType(webp(false))).contains(Photos.WEBP);
		assertThat(Photos.contentType("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(Photos.contentType("%PDF-1.7 pretending to be a photo".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(Photos.publishable(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 4, 5, 6, 7, 8 })).isEmpty();
	}

	@Test
	void aJpegLosesItsExifButKeepsItsOrientationAndStillDecodes() throws IOException {
		byte[] jpeg = withSegmentAfterSoi(image("jpg"), exifSegment(6, SECRET));
		assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).contains(SECRET);

		Photo photo = Photos.publishable(jpeg).orElseThrow();

		assertThat(photo.contentType()).isEqualTo(Photos.JPEG);
		assertThat(new String(photo.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET).contains("Exif");
		int app1 = indexOf(photo.bytes(), new byte[] { (byte) 0xFF, (byte) 0xE1 });
		assertThat(Photos.exifOrientation(photo.bytes(), app1 + 10, 26)).isEqualTo(6);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
		assertThat(decoded.getWidth()).isEqualTo(40);
	}

	@Test
	void whatAPhoneAppendsAfterTheImageAndMetadataBetweenScansAreDropped() throws IOException {
		byte[] jpeg = image("jpg");
		// A "motion photo": a video with its own location data after the end-of-image marker.
		byte[] appended = ("ftypmp42 moov " + SECRET).getBytes(StandardCharsets.ISO_8859_1);
		byte[] withTail = java.util.Arrays.copyOf(jpeg, jpeg.length + appended.length);
		System.arraycopy(appended, 0, withTail, jpeg.length, appended.length);
		// And a comment segment slipped in just before the end-of-image marker.
		byte[] comment = exifSegment(1, SECRET);
		comment[1] = (byte) 0xFE;
		byte[] withComment = new byte[withTail.length + comment.length];
		int eoi = jpeg.length - 2;
		System.arraycopy(withTail, 0, withComment, 0, eoi);
		System.arraycopy(comment, 0, withComment, eoi, comment.length);
		System.arraycopy(withTail, eoi, withComment, eoi + comment.length, withTail.length - eoi);
		assertThat(new String(withComment, StandardCharsets.ISO_8859_1)).contains(SECRET);

		Photo photo = Photos.publishable(withComment).orElseThrow();

		assertThat(new String(photo.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET).doesNotContain("moov");
		assertThat(photo.bytes()[photo.bytes().length - 2] & 0xFF).isEqualTo(0xFF);
		assertThat(photo.bytes()[photo.bytes().length - 1] & 0xFF).isEqualTo(0xD9);
		assertThat(ImageIO.read(new ByteArrayInputStream(photo.bytes())).getWidth()).isEqualTo(40);
	}

	@Test
	void aPngLosesItsTextChunks() throws IOException {
		byte[] png = image("png");
		byte[] text = pngChunk("tEXt", ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
		byte[] tampered = new byte[png.length + text.length];
		System.arraycopy(png, 0, tampered, 0, 33); // signature + IHDR
		System.arraycopy(text, 0, tampered, 33, text.length);
		System.arraycopy(png, 33, tampered, 33 + text.length, png.length - 33);

		Photo photo = Photos.publishable(tampered).orElseThrow();

		assertThat(new String(photo.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
		assertThat(ImageIO.read(new ByteArrayInputStream(photo.bytes())).getHeight()).isEqualTo(30);
	}

	@Test
	void aWebpLosesItsExifChunkAndFlag() {
		Photo photo = Photos.publishable(webp(true)).orElseThrow();

		String text = new String(photo.bytes(), StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain(SECRET).doesNotContain("EXIF").startsWith("RIFF").contains("VP8L");
		assertThat(photo.bytes()[20] & 0x08).isZero();
		long riff = (photo.bytes()[4] & 0xFF) | (photo.bytes()[5] & 0xFF) << 8 | (photo.bytes()[6] & 0xFF) << 16;
		assertThat(riff).isEqualTo(photo.bytes().length - 8);
	}

	static byte[] image(String format) throws IOException {
		BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			for (int y = 0; y < 30; y++) {
				img.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 0x80);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, format, out);
		return out.toByteArray();
	}

	/** An APP1 EXIF segment: IFD0 with the orientation, then a secret standing for GPS data. */
	static byte[] exifSegment(int orientation, String secret) {
		ByteArrayOutputStream tiff = new ByteArrayOutputStream();
		tiff.writeBytes(new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0,
				0, 0, 0, 0 });
		tiff.writeBytes(secret.getBytes(StandardCharsets.ISO_8859_1));
		byte[] body = tiff.toByteArray();
		int length = 2 + 6 + body.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length });
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(body);
		return out.toByteArray();
	}

	static byte[] withSegmentAfterSoi(byte[] jpeg, byte[] segment) {
		byte[] out = new byte[jpeg.length + segment.length];
		System.arraycopy(jpeg, 0, out, 0, 2);
		System.arraycopy(segment, 0, out, 2, segment.length);
		System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
		return out;
	}

	/** A minimal extended WebP: VP8X (EXIF flag set when asked), a lossless 1×1 image, and an EXIF chunk. */
	static byte[] webp(boolean withExif) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
		body.writeBytes(riffChunk("VP8X", new byte[] { (byte) (withExif ? 0x08 : 0), 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
		body.writeBytes(riffChunk("VP8L", new byte[] { 0x2F, 0, 0, 0, 0, 0x07, 0x10, 0x11, 0x11, 0x08 }));
		if (withExif) {
			body.writeBytes(riffChunk("EXIF", SECRET.getBytes(StandardCharsets.ISO_8859_1)));
		}
		byte[] b = body.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(le32(b.length));
		out.writeBytes(b);
		return out.toByteArray();
	}

	private static byte[] riffChunk(String type, byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(le32(data.length));
		out.writeBytes(data);
		if (data.length % 2 == 1) {
			out.write(0);
		}
		return out.toByteArray();
	}

	private static byte[] pngChunk(String type, byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) (data.length >> 24), (byte) (data.length >> 16), (byte) (data.length >> 8), (byte) data.length });
		out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(data);
		out.writeBytes(new byte[4]); // CRC: not checked by the stripper, and the chunk is dropped
		return out.toByteArray();
	}

	private static byte[] le32(int v) {
		return new byte[] { (byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24) };
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
