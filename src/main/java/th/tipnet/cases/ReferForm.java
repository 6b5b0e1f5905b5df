package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * The refer form as the browser posts it: the search for who can help (province, service, language,
 * round the clock), the receiver chosen from its answer, urgency, the sections shared and the
 * person's consent to exactly that. {@link ReferralDesk#send} checks it as it checks the API's body;
 * {@code requestKey}, made when the form is shown, keeps a double submit from referring twice.
 */
class ReferForm {

	private String province;

	private String purpose;

	private String language;

	private boolean twentyFourSeven;

	private String receiver;

	private String urgency = Referral.Urgency.NORMAL.name();

	private List<String> sections = new ArrayList<>();

	private String consent;

	private String consentBy;

	private String consentAt;

	private String interpreter;

	private String overrideReason;

	private String requestKey;

	ReferralInput input() {
		return new ReferralInput(receiver, purpose, urgency, sections, consent, consentBy, consentAt, interpreter, overrideReason);
	}

	public String getProvince() {
		return province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isTwentyFourSeven() {
		return twentyFourSeven;
	}

	public void setTwentyFourSeven(boolean twentyFourSeven) {
		this.twentyFourSeven = twentyFourSeven;
	}

	public String getReceiver() {
		return receiver;
	}

	public void setReceiver(String receiver) {
		this.receiver = receiver;
	}

	public String getUrgency() {
		return urgency;
	}

	public void setUrgency(String urgency) {
		this.urgency = urgency;
	}

	public List<String> getSections() {
		return sections;
	}

	public void setSections(List<String> sections) {
		this.sections = sections;
	}

	public String getConsent() {
		return consent;
	}

	public void setConsent(String consent) {
		this.consent = consent;
	}

	public String getConsentBy() {
		return consentBy;
	}

	public void setConsentBy(String consentBy) {
		this.consentBy = consentBy;
	}

	public String getConsentAt() {
		return consentAt;
	}

	public void setConsentAt(String consentAt) {
		this.consentAt = consentAt;
	}

	public String getInterpreter() {
		return interpreter;
	}

	public void setInterpreter(String interpreter) {
		this.interpreter = interpreter;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public void setOverrideReason(String overrideReason) {
		this.overrideReason = overrideReason;
	}

	public String getRequestKey() {
		return requestKey;
	}

	public void setRequestKey(String requestKey) {
		this.requestKey = requestKey;
	}
}
