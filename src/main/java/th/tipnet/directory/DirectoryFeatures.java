package th.tipnet.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tipnet.common.web.Feature;

/** What the directory offers on the home page: to everyone, signed in or not. */
@Configuration(proxyBeanMethods = false)
class DirectoryFeatures {

	@Bean
	Feature directoryFeature() {
		return new Feature(10, "/directory", "feature.directory.title", "feature.directory.summary", Feature.anyone());
	}
}
