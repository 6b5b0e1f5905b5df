package th.tipnet.directory;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as Open Referral HSDS 3.0 (organization with its services, service areas, languages,
 * contacts and phones), so other systems can read it. HSDS ids are UUIDs: the organisation's own, and
 * name-based UUIDs derived from it for the rows TIPNet keeps without ids of their own.
 */
@Service
@Transactional(readOnly = true)
class Hsds {

	private final Organisations organisations;

	private final Directory directory;

	Hsds(Organisations organisations, Directory directory) {
		this.organisations = organisations;
		this.directory = directory;
	}

	public List<Map<String, Object>> organizations(Locale locale, boolean member) {
		Map<String, ServiceType> types = new LinkedHashMap<>();
		directory.serviceTypes().forEach(t -> types.put(t.code(), t));
		Map<String, String> provinceNames = new LinkedHashMap<>();
		directory.provinces().forEach(p -> provinceNames.put(p.code().value(), p.name(locale)));
		List<Map<String, Object>> out = new ArrayList<>();
		for (Organisation o : organisations.findAll()) {
			if (o.active()) {
				out.add(organization(o, locale, member, types, provinceNames));
			}
		}
		return out;
	}

	private Map<String, Object> organization(Organisation o, Locale locale, boolean member, Map<String, ServiceType> types,
			Map<String, String> provinceNames) {
		boolean english = "en".equals(locale.getLanguage());
		Map<String, Object> org = new LinkedHashMap<>();
		org.put("id", o.id().toString());
		org.put("name", english ? o.nameEn() : o.nameTh());
		org.put("alternate_name", english ? o.nameTh() : o.nameEn());
		String description = o.description(locale);
		org.put("description", description != null ? description : (english ? o.nameEn() : o.nameTh()));
		org.put("website", o.website());
		org.put("parent_organization_id", o.parentId() == null ? null : o.parentId().toString());
		List<Map<String, Object>> contacts = new ArrayList<>();
		List<ContactDetails> visible = o.contacts(member);
		for (int i = 0; i < visible.size(); i++) {
			ContactDetails c = visible.get(i);
			UUID contactId = derived(o.id(), "contact:" + i);
			Map<String, Object> contact = new LinkedHashMap<>();
			contact.put("id", contactId.toString());
			contact.put("organization_id", o.id().toString());
			contact.put("name", c.name());
			contact.put("title", c.position());
			contact.put("email", c.email());
			contact.put("phones", c.phone() == null ? List.of()
					: List.of(Map.of("id", derived(contactId, "phone").toString(), "contact_id", contactId.toString(),
							"number", c.phone())));
			contacts.add(contact);
		}
		org.put("contacts", contacts);
		List<Map<String, Object>> services = new ArrayList<>();
		for (ServiceOffer s : o.serviceOffers()) {
			ServiceOffer effective = o.effectiveOffer(s.code()).orElse(s);
			UUID serviceId = derived(o.id(), "service:" + s.code());
			ServiceType type = types.get(s.code());
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("id", serviceId.toString());
			service.put("organization_id", o.id().toString());
			service.put("name", type == null ? s.code() : (english ? type.nameEn() : type.nameTh()));
			service.put("alternate_name", s.code());
			service.put("status", "active");
			if (o.verifiedAt() != null) {
				service.put("assured_date", o.verifiedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
			}
			List<Map<String, Object>> areas = new ArrayList<>();
			if (effective.provinces().isEmpty()) {
				areas.add(Map.of("id", derived(serviceId, "area:TH").toString(), "service_id", serviceId.toString(), "name",
						english ? "Thailand (nationwide)" : "ทั่วประเทศ", "extent_type", "other", "uri", "urn:iso:std:iso:3166:TH"));
			}
			for (String p : effective.provinces().stream().sorted().toList()) {
				areas.add(Map.of("id", derived(serviceId, "area:" + p).toString(), "service_id", serviceId.toString(), "name",
						provinceNames.getOrDefault(p, p), "extent_type", "other", "uri", "urn:iso:std:iso:3166-2:" + p));
			}
			service.put("service_areas", areas);
			List<Map<String, Object>> languages = new ArrayList<>();
			for (String l : effective.languages().stream().sorted().toList()) {
				languages.add(Map.of("id", derived(serviceId, "language:" + l).toString(), "service_id", serviceId.toString(),
						"name", LanguageCodes.name(l, locale), "code", l));
			}
			service.put("languages", languages);
			List<Map<String, Object>> schedules = new ArrayList<>();
			if (s.hours() != null || s.twentyFourSeven()) {
				Map<String, Object> schedule = new LinkedHashMap<>();
				schedule.put("id", derived(serviceId, "schedule").toString());
				schedule.put("service_id", serviceId.toString());
				schedule.put("timezone", 7);
				schedule.put("description", s.twentyFourSeven() ? "24/7" : s.hours());
				if (s.twentyFourSeven()) {
					schedule.put("freq", "WEEKLY");
					schedule.put("byday", "MO,TU,WE,TH,FR,SA,SU");
					schedule.put("opens_at", "00:00");
					schedule.put("closes_at", "23:59");
				}
				schedules.add(schedule);
			}
			service.put("schedules", schedules);
			services.add(service);
		}
		org.put("services", services);
		List<Map<String, Object>> metadata = new ArrayList<>();
		if (o.verifiedAt() != null) {
			Map<String, Object> verified = new LinkedHashMap<>();
			verified.put("id", derived(o.id(), "verified").toString());
			verified.put("resource_id", o.id().toString());
			verified.put("resource_type", "organization");
			verified.put("last_action_date", o.verifiedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
			verified.put("last_action_type", "verified");
			verified.put("field_name", "");
			verified.put("previous_value", "");
			verified.put("replacement_value", "");
			verified.put("updated_by", member && o.verifiedBy() != null ? o.verifiedBy() : "TIPNet");
			metadata.add(verified);
		}
		org.put("metadata", metadata);
		return org;
	}

	private static UUID derived(UUID base, String what) {
		return UUID.nameUUIDFromBytes((base + "/" + what).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}
}
