package th.tipnet.audit;

/** The result of walking the whole chain: valid, or the first entry whose link is broken and why. */
public record ChainVerification(boolean valid, long entriesChecked, Long brokenAtSeq, String reason) {

	static ChainVerification intact(long checked) {
		return new ChainVerification(true, checked, null, null);
	}

	static ChainVerification brokenAt(long checked, long seq, String reason) {
		return new ChainVerification(false, checked, seq, reason);
	}
}
