package th.tipnet.cases;

/** An identified victim's reflection and recovery period as sent (ISO dates or typed in either era); not yet checked. */
record ReflectionInput(String startsOn, String endsOn, String grantedBy, String note) {
}
