package th.tipnet.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * Puts a QR code in front of the browser's camera: writes the YUV4MPEG2 video that Chromium's fake
 * capture device plays (see {@link BrowserTest#FAKE_CAMERA}), a white frame with the code in the middle.
 */
public final class FakeCamera {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 480;

	private FakeCamera() {
	}

	public static void show(String text) throws IOException, WriterException {
		BitMatrix qr = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400);
		byte[] luma = new byte[WIDTH * HEIGHT];
		Arrays.fill(luma, (byte) 235);
		int left = (WIDTH - qr.getWidth()) / 2;
		int top = (HEIGHT - qr.getHeight()) / 2;
		for (int y = 0; y < qr.getHeight(); y++) {
			for (int x = 0; x < qr.getWidth(); x++) {
				if (qr.get(x, y)) {
					luma[(top + y) * WIDTH + left + x] = 16;
				}
			}
		}
		byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
		Arrays.fill(chroma, (byte) 128);
		Files.createDirectories(BrowserTest.FAKE_CAMERA.getParent());
		try (OutputStream out = Files.newOutputStream(BrowserTest.FAKE_CAMERA)) {
			out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
			for (int frame = 0; frame < 2; frame++) {
				out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
				out.write(luma);
				out.write(chroma);
				out.write(chroma);
			}
		}
	}
}
