package th.tipnet.directory;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tipnet.common.Languages;

/** One entry of the controlled list of services (shelter, interpretation, repatriation, ...). */
@Entity
@Table(name = "service_type")
public class ServiceType {

	@Id
	private String code;

	@Column(name = "name_th", nullable = false)
	private String nameTh;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean active;

	protected ServiceType() {
	}

	ServiceType(String code, String nameTh, String nameEn, int sortOrder) {
		this.code = code;
		this.nameTh = nameTh;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
		this.active = true;
	}

	void rename(String nameTh, String nameEn) {
		this.nameTh = nameTh;
		this.nameEn = nameEn;
	}

	void activate(boolean active) {
		this.active = active;
	}

	public String code() {
		return code;
	}

	public String nameTh() {
		return nameTh;
	}

	public String nameEn() {
		return nameEn;
	}

	public String name(Locale locale) {
		return Languages.pick(locale, nameTh, nameEn);
	}

	public int sortOrder() {
		return sortOrder;
	}

	public boolean active() {
		return active;
	}
}
