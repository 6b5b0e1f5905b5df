package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The directory's texts live in the directory's own bundle ({@code messages/directory}), in Thai and
 * English key for key, and none is left in the shared one; the application reads both bundles.
 */
class DirectoryMessagesTest {

	@Test
	void everyDirectoryTextIsInTheDirectorysBundleInThaiAndEnglish() throws IOException {
		Properties thai = load("messages/directory.properties");
		Properties english = load("messages/directory_en.properties");
		assertThat(thai.stringPropertyNames()).isNotEmpty().allMatch(k -> k.startsWith("directory."));
		assertThat(english.stringPropertyNames()).isEqualTo(thai.stringPropertyNames());
	}

	@Test
	void theSharedBundleHoldsNoDirectoryText() throws IOException {
		assertThat(load("messages.properties").stringPropertyNames()).noneMatch(k -> k.startsWith("directory."));
		assertThat(load("messages_en.properties").stringPropertyNames()).noneMatch(k -> k.startsWith("directory."));
	}

	@Test
	void theApplicationsBasenamesFindBothBundles() throws IOException {
		Properties application = load("application.properties");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(application.getProperty("spring.messages.basename").split(","));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		assertThat(messages.getMessage("directory.title", null, Locale.forLanguageTag("th"))).isEqualTo("ทำเนียบเครือข่าย");
		assertThat(messages.getMessage("directory.title", null, Locale.ENGLISH)).isEqualTo(load("messages/directory_en.properties").getProperty("directory.title"));
		assertThat(messages.getMessage("app.name", null, Locale.ENGLISH)).isEqualTo("TIPNet");
	}

	private static Properties load(String path) throws IOException {
		Properties p = new Properties();
		try (Reader in = new InputStreamReader(DirectoryMessagesTest.class.getClassLoader().getResourceAsStream(path),
				StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}
}
