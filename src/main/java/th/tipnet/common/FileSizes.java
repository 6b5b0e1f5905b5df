package th.tipnet.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * The one way TIPNet prints a file's size: whole bytes under a kilobyte, then kilobytes and megabytes
 * with at most one decimal ({@code 512 B}, {@code 12 KB}, {@code 1.4 MB}), so a small scan never reads
 * as "0.00 MB". Binary multiples, as file managers on both desktop systems the network uses show them.
 * Screens use it as {@code @fileSizes}.
 */
@Component("fileSizes")
public class FileSizes {

	private static final long KB = 1024;

	private static final long MB = KB * 1024;

	public String of(long bytes) {
		if (bytes < KB) {
			return Math.max(bytes, 0) + " B";
		}
		if (bytes < MB) {
			return oneDecimal(bytes, KB) + " KB";
		}
		return oneDecimal(bytes, MB) + " MB";
	}

	private static String oneDecimal(long bytes, long unit) {
		return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP).stripTrailingZeros()
			.toPlainString();
	}
}
