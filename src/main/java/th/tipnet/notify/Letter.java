package th.tipnet.notify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;

/**
 * A kept message opened for reading: its HTML (inline images such as the QR ticket put in as data
 * URIs, so the page needs nothing from outside), its plain text, and the names of its attachments.
 */
record Letter(Outbox.Summary summary, String html, String text, List<String> attachments) {

	static Letter of(Outbox.Summary summary, MimeMessage message) throws MessagingException, IOException {
		Parts parts = new Parts();
		parts.collect(message);
		String html = parts.html;
		if (html != null) {
			for (var inline : parts.inline.entrySet()) {
				html = html.replace("cid:" + inline.getKey(), inline.getValue());
			}
		}
		return new Letter(summary, html, parts.text, parts.attachments);
	}

	private static final class Parts {

		String html;

		String text;

		final Map<String, String> inline = new HashMap<>();

		final List<String> attachments = new ArrayList<>();

		void collect(Part part) throws MessagingException, IOException {
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i));
				}
				return;
			}
			String disposition = part.getDisposition();
			if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || (part.getFileName() != null && !isImage(part))) {
				attachments.add(part.getFileName() == null ? part.getContentType() : part.getFileName());
			}
			else if (part.isMimeType("text/html") && html == null) {
				html = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("text/plain") && text == null) {
				text = String.valueOf(part.getContent());
			}
			else if (isImage(part) && part instanceof MimeBodyPart body && body.getContentID() != null) {
				String id = body.getContentID().replaceAll("^<|>$", "");
				String type = part.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
				inline.put(id, "data:" + type + ";base64," + Base64.getEncoder().encodeToString(part.getInputStream().readAllBytes()));
			}
			else if (part instanceof BodyPart) {
				attachments.add(part.getContentType());
			}
		}

		private static boolean isImage(Part part) throws MessagingException {
			return part.isMimeType("image/png") || part.isMimeType("image/jpeg") || part.isMimeType("image/gif");
		}
	}
}
