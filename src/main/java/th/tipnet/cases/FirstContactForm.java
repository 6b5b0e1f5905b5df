package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * What a single intake and a group's share as the browser posts them: the first contact's channel,
 * date and time, province and district, circumstances and suspected exploitation. A single intake
 * is a group of one ({@link IntakeForm}, {@link GroupForm}); {@link Caseload} and
 * {@link GroupIntakes} check what it holds.
 */
abstract class FirstContactForm {

	private String channel;

	private String firstContactAt;

	private String provinceCode;

	private String district;

	private String circumstances;

	private List<String> exploitationTypes = new ArrayList<>();

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getFirstContactAt() {
		return firstContactAt;
	}

	public void setFirstContactAt(String firstContactAt) {
		this.firstContactAt = firstContactAt;
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public void setProvinceCode(String provinceCode) {
		this.provinceCode = provinceCode;
	}

	public String getDistrict() {
		return district;
	}

	public void setDistrict(String district) {
		this.district = district;
	}

	public String getCircumstances() {
		return circumstances;
	}

	public void setCircumstances(String circumstances) {
		this.circumstances = circumstances;
	}

	public List<String> getExploitationTypes() {
		return exploitationTypes;
	}

	public void setExploitationTypes(List<String> exploitationTypes) {
		this.exploitationTypes = exploitationTypes == null ? new ArrayList<>() : exploitationTypes;
	}
}
