package th.tipnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every action and record type the modules declare for the audit log has a Thai and an English name,
 * and no code is declared twice: the test finds each module's enum of {@link AuditAction}s on the
 * class path and reads its constants and its {@link RecordType} fields.
 */
class AuditLabelsTest {

	static List<Class<?>> declarations = new ArrayList<>();

	static List<String> actions = new ArrayList<>();

	static Set<String> types = new TreeSet<>();

	@BeforeAll
	static void readTheDeclarations() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(AuditAction.class));
		for (BeanDefinition found : scanner.findCandidateComponents("th.tipnet")) {
			Class<?> type = ClassUtils.forName(found.getBeanClassName(), AuditLabelsTest.class.getClassLoader());
			if (!type.isEnum() || type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
				continue;
			}
			declarations.add(type);
			for (Object constant : type.getEnumConstants()) {
				actions.add(((AuditAction) constant).name());
			}
			for (Field field : type.getDeclaredFields()) {
				if (field.getType() == RecordType.class && Modifier.isStatic(field.getModifiers())) {
					field.setAccessible(true);
					types.add(((RecordType) field.get(null)).name());
				}
			}
		}
	}

	@Test
	void everyModuleThatAuditsDeclaresItsActionsAndTypesOnce() {
		assertThat(declarations).extracting(Class::getSimpleName)
			.contains("IdentityAudit", "DirectoryAudit", "CasesAudit", "EventsAudit", "ExhibitionAudit", "AwardsAudit",
					"ForumsAudit", "CertificatesAudit", "NotifyAudit", "SelfAudit");
		assertThat(actions).as("codes declared by two modules").doesNotHaveDuplicates();
		assertThat(actions).contains("CASE_READ", "USER_UPDATED", "SIGN_IN_FAILED", "CASE_WORKER_ASSIGNED",
				"REFERRAL_SENT_ONWARD", "REFERRAL_ACCEPTED", "REFERRAL_COMPLETED", "PUBLIC_CONTACT_REMOVED",
				"SERVICE_TYPE_RETIRED", "AUDIT_EXPORTED", "EVENT_PLANNED", "ORGANISATION_DEACTIVATED");
		assertThat(types).contains("User", "Organisation", "NrmCase", "NrmReferral", "Event", "Registration");
	}

	@Test
	void everyRecordedActionHasAThaiAndAnEnglishName() throws IOException {
		List<String> keys = actions.stream().map(AuditAction::messageKey).toList();
		assertThat(missing(keys, "messages.properties")).as("Thai names missing").isEmpty();
		assertThat(missing(keys, "messages_en.properties")).as("English names missing").isEmpty();
	}

	@Test
	void everyRecordedTypeHasAThaiAndAnEnglishName() throws IOException {
		List<String> keys = types.stream().map(t -> new RecordType(t).messageKey()).toList();
		assertThat(missing(keys, "messages.properties")).as("Thai names missing").isEmpty();
		assertThat(missing(keys, "messages_en.properties")).as("English names missing").isEmpty();
	}

	private static List<String> missing(List<String> keys, String file) throws IOException {
		Properties messages = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		return keys.stream().filter(k -> messages.getProperty(k, "").isBlank()).toList();
	}
}
