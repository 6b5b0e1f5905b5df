package th.tipnet.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * The controlled list of services. Network coordinators and system administrators add services and
 * retire them; a retired service stays on the profiles that list it but cannot be chosen again.
 */
@Service
class ServiceCatalogue {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final ServiceTypes serviceTypes;

	private final AuditTrail audit;

	ServiceCatalogue(ServiceTypes serviceTypes, AuditTrail audit) {
		this.serviceTypes = serviceTypes;
		this.audit = audit;
	}

	@Transactional
	public ServiceType add(String code, String nameTh, String nameEn) {
		requireCoordinator();
		String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		List<Violation> v = new ArrayList<>();
		if (!CODE.matcher(normalised).matches()) {
			v.add(new Violation("code", "directory.serviceType.codeFormat"));
		}
		else if (serviceTypes.existsById(normalised)) {
			v.add(new Violation("code", "directory.serviceType.exists"));
		}
		InputRules.text(v, "nameTh", nameTh, 200, true);
		InputRules.text(v, "nameEn", nameEn, 200, true);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		int order = serviceTypes.findAll().stream().mapToInt(ServiceType::sortOrder).max().orElse(0) + 10;
		ServiceType type = serviceTypes.save(new ServiceType(normalised, nameTh.strip(), nameEn.strip(), order));
		audit.record(DirectoryAudit.SERVICE_TYPE, normalised, DirectoryAudit.SERVICE_TYPE_ADDED,
				Changes.none().field("nameTh", null, type.nameTh()).field("nameEn", null, type.nameEn()));
		return type;
	}

	@Transactional
	public ServiceType setActive(String code, boolean active) {
		requireCoordinator();
		ServiceType type = serviceTypes.findById(code).orElseThrow(() -> DomainException.notFound("service"));
		if (type.active() != active) {
			type.activate(active);
			audit.record(DirectoryAudit.SERVICE_TYPE, code, active ? DirectoryAudit.SERVICE_TYPE_ACTIVATED : DirectoryAudit.SERVICE_TYPE_RETIRED,
					Changes.none().field("active", !active, active));
		}
		return type;
	}


	private static void requireCoordinator() {
		if (!EditingScope.current().mayRestructure()) {
			throw DomainException.forbidden();
		}
	}
}
