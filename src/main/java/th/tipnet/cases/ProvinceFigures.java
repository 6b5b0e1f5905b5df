package th.tipnet.cases;

/**
 * One province's National Referral Mechanism figures for one calendar year (Asia/Bangkok), each
 * passed through {@link SmallNumbers}: victims identified (screenings decided as an identified
 * victim), the median hours from first contact to the screening decision, the share (percent) of
 * referrals answered by their deadline among those answered or due, and services delivered
 * (referrals completed successfully). {@link #any()} is false when the province had no case,
 * screening or referral that year.
 */
public record ProvinceFigures(String provinceCode, int yearCe, SmallNumbers.Figure victimsIdentified,
		SmallNumbers.Figure medianHoursToScreening, SmallNumbers.Figure referralsAnsweredInTimePercent,
		SmallNumbers.Figure servicesDelivered, boolean any) {
}
