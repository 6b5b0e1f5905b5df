package th.tipnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileSizesTest {

	private final FileSizes sizes = new FileSizes();

	@Test
	void aSmallFileShowsItsBytesNotZeroMegabytes() {
		assertThat(sizes.of(0)).isEqualTo("0 B");
		assertThat(sizes.of(512)).isEqualTo("512 B");
		assertThat(sizes.of(1023)).isEqualTo("1023 B");
	}

	@Test
	void kilobytesAndMegabytesKeepAtMostOneDecimal() {
		assertThat(sizes.of(1024)).isEqualTo("1 KB");
		assertThat(sizes.of(12_800)).isEqualTo("12.5 KB");
		assertThat(sizes.of(1_048_576)).isEqualTo("1 MB");
		assertThat(sizes.of(1_468_006)).isEqualTo("1.4 MB");
		assertThat(sizes.of(20L * 1_048_576)).isEqualTo("20 MB");
	}
}
