package th.tipnet.awards;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.FileTypes;
import th.tipnet.common.web.ItemsPage;

/**
 * A nomination's files over the API, by the same rules and with the same messages as its page
 * ({@link NominationFiles} is the one path): its readers list and download them, its organisation's
 * nominators attach while the round takes nominations and remove while it is a draft.
 */
@RestController
@Tag(name = "Awards")
class NominationFilesApi {

	private final NominationFiles files;

	NominationFilesApi(NominationFiles files) {
		this.files = files;
	}

	@GetMapping("/api/v1/nominations/{id}/attachments")
	@Operation(summary = "A nomination's files, oldest first (no content), for its organisation's nominators and the "
			+ "secretariat; 404 for anybody else")
	ResponseEntity<ItemsPage<Attachment>> list(@PathVariable UUID id) {
		List<Attachment> items = files.of(new NominationId(id)).stream().map(Attachment::of).toList();
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(new ItemsPage<>(items, items.size()));
	}

	@PostMapping(path = "/api/v1/nominations/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file to a nomination of the caller's organisation while the round takes nominations and the "
			+ "nomination stands (409 otherwise): a PDF, JPEG or PNG by its content (never its name or declared type), at most "
			+ "10 MB, at most 10 files a nomination; 422 on file otherwise, nothing stored; 404 for a nomination not the "
			+ "caller's organisation's",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class))))
	ResponseEntity<Attachment> attach(@PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file)
			throws IOException {
		NominationFiles.File attached = files.attach(new NominationId(id), file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/nominations/" + id + "/attachments/" + attached.id()))
			.header("Cache-Control", "no-store")
			.body(Attachment.of(attached));
	}

	@GetMapping("/api/v1/nominations/{id}/attachments/{fileId}")
	@Operation(summary = "One file's content, as its type, for whoever may read the nomination; 404 for anybody else")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId) {
		return NominationFilePages.send(files.download(new NominationId(id), fileId));
	}

	@DeleteMapping("/api/v1/nominations/{id}/attachments/{fileId}")
	@Operation(summary = "Remove a file from a draft of the caller's organisation while the round takes nominations (409 for "
			+ "a submitted or withdrawn nomination or after the deadline); 404 for a nomination not the caller's organisation's")
	ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID fileId) {
		files.remove(new NominationId(id), fileId);
		return ResponseEntity.noContent().build();
	}

	@Schema(name = "AwardNominationAttachment")
	record Attachment(UUID id, @Schema(maxLength = 255, example = "achievements-2567.pdf") String name,
			@Schema(allowableValues = { FileTypes.PDF, FileTypes.JPEG, FileTypes.PNG }) String contentType,
			@Schema(minimum = "1", maximum = "10485760") long sizeBytes, Instant uploadedAt) {

		static Attachment of(NominationFiles.File f) {
			return new Attachment(f.id(), f.name(), f.contentType(), f.size(), f.uploadedAt());
		}
	}

	@Schema(name = "AwardNominationUpload")
	record Upload(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
			description = "A PDF, JPEG or PNG of at most 10 MB") String file) {
	}
}
