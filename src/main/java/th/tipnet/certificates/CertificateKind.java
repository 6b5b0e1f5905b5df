package th.tipnet.certificates;

/** What a certificate is given for; the verification page names it in the reader's language. */
public enum CertificateKind {
	/** Took part in an event, forum or training. */
	ATTENDANCE,
	/** Won or was placed in an award. */
	AWARD,
	/** Thanked for a contribution (a nominee, a judge, a partner). */
	APPRECIATION
}
