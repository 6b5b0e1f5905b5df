package th.tipnet.common.web;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import th.tipnet.common.Languages;

/**
 * Thai by default, English on request: a {@code lang} cookie set by the language switch
 * ({@code ?lang=en}) wins, then the browser's Accept-Language, then Thai. Only Thai and English are
 * ever chosen, whatever a client sends.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	private final java.util.List<NavigationLink> navigation;

	LanguageConfiguration(java.util.List<NavigationLink> navigation) {
		this.navigation = navigation.stream().sorted(java.util.Comparator.comparingInt(NavigationLink::order)).toList();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang") {
			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, locale == null ? null : Languages.supported(locale.toLanguageTag()));
			}
		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(LanguageConfiguration::fromBrowser);
		return resolver;
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Languages.THAI;
		}
		for (Locale locale : Collections.list(request.getLocales())) {
			if ("th".equals(locale.getLanguage())) {
				return Languages.THAI;
			}
			if ("en".equals(locale.getLanguage())) {
				return Languages.ENGLISH;
			}
		}
		return Languages.THAI;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(new LayoutModel(navigation));
	}
}
