package th.tipnet.notify;

import java.io.IOException;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The application's {@code JavaMailSender} when no SMTP server is configured: messages are built
 * exactly as for sending (the same {@code MimeMessage}s, from any module) and kept in the
 * {@link Outbox} instead of being handed to a server.
 */
class OutboxMailSender extends JavaMailSenderImpl {

	private final Outbox outbox;

	OutboxMailSender(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
		for (MimeMessage message : messages) {
			try {
				if (message.getSentDate() == null) {
					message.setSentDate(new Date());
				}
				message.saveChanges();
				outbox.keep(message);
			}
			catch (MessagingException e) {
				throw new MailParseException(e);
			}
			catch (IOException e) {
				throw new MailPreparationException(e);
			}
		}
	}

	@Override
	public void testConnection() {
		// Nothing to connect to: the outbox is the database.
	}
}
