package th.tipnet.cases;

/**
 * A step in a referral's life that the other side must hear of: sent, accepted, declined,
 * withdrawn, completed, or its consent revoked. Lets the notices and the mail listen once for every
 * step instead of once per step.
 */
public interface ReferralStep {

	ReferralId referralId();
}
