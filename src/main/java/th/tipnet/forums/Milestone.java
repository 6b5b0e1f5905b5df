package th.tipnet.forums;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A step on the way to an action's result, with the day it should be reached (optional). */
@Embeddable
record Milestone(@Column(name = "title", nullable = false) String title, @Column(name = "due_on") LocalDate dueOn) {
}
