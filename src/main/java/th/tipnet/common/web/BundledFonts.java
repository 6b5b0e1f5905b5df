package th.tipnet.common.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the Thai font the PDFs embed (Noto Sans Thai, SIL Open Font License) to the pages too, so a
 * machine without a Thai font (many phones' browsers in kiosk mode, fresh Linux desktops) shows Thai,
 * not boxes, and pages and documents look alike. One copy of the files, under {@code /fonts/}.
 */
@Configuration(proxyBeanMethods = false)
class BundledFonts implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/fonts/**")
			.addResourceLocations("classpath:/fonts/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
	}
}
