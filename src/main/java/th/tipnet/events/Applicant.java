package th.tipnet.events;

/** What a person gives when registering; validated by {@link Registrar}. */
public record Applicant(String fullName, String organisationName, String jobTitle, String groupCode,
		AttendanceMode mode, String email, String phone, String dietaryNeeds, String accessibilityNeeds, String language,
		boolean consentPrivacy, boolean consentMedia, boolean consentPublicList) {
}
