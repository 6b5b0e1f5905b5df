package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * What a single intake and a group's share as the browser posts them: the first contact's channel,
 * date and time, province and district, circumstances and suspected exploitation. A single intake
 * is a group of one ({@link IntakeForm}, {@link GroupForm}); {@link Caseload} and
 * {@link GroupIntakes} check what it holds. An interface, so that the single intake can also be a
 * {@link PersonFields}: each form keeps the facts in its own {@link Facts}, and these accessors are
 * the form's bean properties, bound as any other.
 */
interface FirstContactForm {

	/** The facts as posted, held by the form. */
	Facts firstContact();

	/** The first contact's fields. */
	final class Facts {

		private String channel;

		private String firstContactAt;

		private String provinceCode;

		private String district;

		private String circumstances;

		private List<String> exploitationTypes = new ArrayList<>();
	}

	default String getChannel() {
		return firstContact().channel;
	}

	default void setChannel(String channel) {
		firstContact().channel = channel;
	}

	default String getFirstContactAt() {
		return firstContact().firstContactAt;
	}

	default void setFirstContactAt(String firstContactAt) {
		firstContact().firstContactAt = firstContactAt;
	}

	default String getProvinceCode() {
		return firstContact().provinceCode;
	}

	default void setProvinceCode(String provinceCode) {
		firstContact().provinceCode = provinceCode;
	}

	default String getDistrict() {
		return firstContact().district;
	}

	default void setDistrict(String district) {
		firstContact().district = district;
	}

	default String getCircumstances() {
		return firstContact().circumstances;
	}

	default void setCircumstances(String circumstances) {
		firstContact().circumstances = circumstances;
	}

	default List<String> getExploitationTypes() {
		return firstContact().exploitationTypes;
	}

	default void setExploitationTypes(List<String> exploitationTypes) {
		firstContact().exploitationTypes = exploitationTypes == null ? new ArrayList<>() : exploitationTypes;
	}
}
