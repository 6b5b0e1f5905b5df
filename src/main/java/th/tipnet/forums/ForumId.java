package th.tipnet.forums;

import java.util.UUID;

/** A forum's identity: the record of one meeting. */
public record ForumId(UUID value) {

	public ForumId {
		if (value == null) {
			throw new IllegalArgumentException("a forum id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
