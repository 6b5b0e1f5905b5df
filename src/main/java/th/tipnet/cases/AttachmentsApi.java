package th.tipnet.cases;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;


/**
 * Files attached to a case over the API. Downloads are attachments, never rendered by the browser
 * ({@code Content-Disposition: attachment}, {@code nosniff}), and cache nowhere.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/attachments")
@Tag(name = "Cases (NRM)")
class AttachmentsApi {

	private final CaseAttachments attachments;

	AttachmentsApi(CaseAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file to a case of the caller's organisation (case workers): PDF, JPEG or PNG, at most 20 MB "
			+ "(20,971,520 bytes), the type read from the content (not the name or Content-Type). Stored encrypted. 413 naming "
			+ "the field file when larger, 415 for any other type, 422 when empty; 404 for a case of another organisation.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = NewAttachment.class))))
	ResponseEntity<AttachmentView> attach(@PathVariable UUID id, HttpServletRequest request) throws IOException {
		Attachment a = attach(attachments, new CaseId(id), request);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + a.id()))
			.header("Cache-Control", "no-store")
			.body(AttachmentView.of(a));
	}

	/** Attaches the part named file (the API's and the page's upload alike). */
	static Attachment attach(CaseAttachments attachments, CaseId id, HttpServletRequest request) throws IOException {
		Part file = part(request);
		return attachments.attach(id, file == null ? null : file.getSubmittedFileName(),
				file == null ? null : file.getInputStream().readNBytes(CaseAttachments.MAX_BYTES + 1));
	}

	/** The part named file; a body the container could not read as parts is refused naming the field. */
	private static Part part(HttpServletRequest request) {
		try {
			return request.getPart("file");
		}
		catch (IllegalStateException | IOException | ServletException unreadable) {
			if (request.getContentLengthLong() > CaseAttachments.MAX_BYTES) {
				throw CaseAttachments.tooLarge();
			}
			throw th.tipnet.common.DomainException.invalid("file", "error.required");
		}
	}

	@Schema(name = "NewCaseAttachment")
	record NewAttachment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
			description = "PDF, JPEG or PNG, at most 20 MB") String file) {
	}

	@GetMapping
	@Operation(summary = "A case's attachments (no content), for the lead organisation or an organisation whose accepted "
			+ "referral shares the PERSON section; 404 for anybody else")
	ResponseEntity<List<AttachmentView>> list(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(attachments.list(new CaseId(id)).stream().map(AttachmentView::of).toList());
	}

	@GetMapping("/{attachmentId}")
	@Operation(summary = "Download an attachment (Content-Disposition: attachment, X-Content-Type-Options: nosniff), for "
			+ "those who may list it; every download is audited; 404 for anybody else")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return file(attachments.download(new CaseId(id), attachmentId));
	}

	/** A download as a file to save, never shown by the browser, cached nowhere (the API's and the page's alike). */
	static ResponseEntity<byte[]> file(CaseAttachments.Download d) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "no-store")
			.body(d.bytes());
	}

	@Schema(name = "CaseAttachment")
	record AttachmentView(UUID id, String fileName,
			@Schema(allowableValues = { "application/pdf", "image/jpeg", "image/png" }) String contentType, long size,
			String sha256, Instant uploadedAt, String uploadedBy) {

		static AttachmentView of(Attachment a) {
			return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.uploadedAt(),
					a.uploadedByName());
		}
	}

}
