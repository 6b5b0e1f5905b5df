package th.tipnet.cases;

/**
 * Figures of the National Referral Mechanism for other modules (the model-province awards read
 * them): aggregates only, never a case, with small numbers suppressed. The caller decides who may
 * see them; nothing here names a person or an organisation.
 */
public interface ReferralMechanismFigures {

	/** A province's figures for a calendar year of the Common Era. */
	ProvinceFigures ofProvince(String provinceCode, int yearCe);
}
