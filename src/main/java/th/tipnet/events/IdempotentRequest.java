package th.tipnet.events;

/**
 * A registration sent with an Idempotency-Key: the key, who sent it (a blind index of the signed-in
 * user or of the anonymous client's address) and what they sent (a hash of the applicant's fields).
 * A retry replays the registration only when all three match; the same key with another body is
 * refused, and another caller's key names nothing of theirs.
 */
record IdempotentRequest(String key, String caller, String request) {
}
