package th.tipnet.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The secretariat's check of one item of a category's checklist: met, or not met and why. */
@Embeddable
record EligibilityCheck(@Column(name = "met") boolean met, @Column(name = "reason") String reason) {
}
