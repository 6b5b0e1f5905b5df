package th.tipnet.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's notices for apps: the same as the Notices page, in the language of {@code Accept-Language}. */
@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Notices")
class NoticesApi {

	private final Notices notices;

	private final MessageSource messages;

	NoticesApi(Notices notices, MessageSource messages) {
		this.notices = notices;
		this.messages = messages;
	}

	@Schema(description = "A page of the caller's notices, newest first, with how many they have and how many are unread")
	record NoticePage(long total, long unread, int page, int pageSize, List<NoticeView> notices) {
	}

	@Schema(description = "One notice: its text in the caller's language, where it leads (a path on this site), read or not")
	record NoticeView(UUID id, Instant createdAt, String message, String messageKey, List<String> arguments,
			@Schema(pattern = "^/.*") String link, boolean read) {
	}

	@GetMapping
	@Operation(summary = "The caller's notices (addressed to them, or to their organisation or province for a role they hold), "
			+ "newest first, 20 a page")
	ResponseEntity<NoticePage> list(@Parameter(schema = @Schema(minimum = "0", maximum = "10000", defaultValue = "0"))
	@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page) {
		List<NoticeView> shown = notices.page(page).stream().map(this::view).toList();
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(new NoticePage(notices.count(), notices.unread(), page, Notices.PAGE_SIZE, shown));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Marks one of the caller's notices read (again is no change); 404 for a notice that is not theirs")
	ResponseEntity<Void> read(@PathVariable UUID id) {
		notices.open(id);
		return ResponseEntity.noContent().header("Cache-Control", "no-store").build();
	}

	private NoticeView view(Notices.Shown n) {
		String message = messages.getMessage(n.messageKey(), n.arguments().toArray(), n.messageKey(),
				LocaleContextHolder.getLocale());
		return new NoticeView(n.id(), n.createdAt(), message, n.messageKey(), n.arguments(), n.link(), n.read());
	}
}
