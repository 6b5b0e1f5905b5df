package th.tipnet.notify;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;

/**
 * The outbox as an administrator sees it in Chromium, in Thai and English, on a desktop and a phone:
 * the list in the header's "Outbox", and a kept mail in its sandboxed frame, where its script never
 * runs but its QR image shows.
 */
@BrowserTest
class OutboxBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Outbox outbox;

	@Test
	void anAdministratorReadsKeptMailInASandboxedFrame(Browser chromium) throws Exception {
		String to = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		keep(to);
		TestAccounts accounts = new TestAccounts(context);
		var admin = accounts.create("outbox-browser", Role.SYSTEM_ADMIN);
		record Visit(String locale, String lang, int width, int height, String title) {
		}
		for (Visit visit : List.of(new Visit("th-TH", "th", 1280, 900, "กล่องจดหมายออก"), new Visit("en-GB", "en", 360, 740, "Outbox"),
				new Visit("th-TH", "th", 360, 740, "กล่องจดหมายออก"), new Visit("en-GB", "en", 1280, 900, "Outbox"))) {
			try (BrowserPage tab = new BrowserPage(chromium, port, visit.locale(), visit.width(), visit.height())) {
				tab.signIn(admin.username(), admin.password());
				Page page = tab.page();
				page.navigate(tab.url("/?lang=" + visit.lang()));
				page.locator(".site-nav")
					.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(visit.title()).setExact(true))
					.click();
				assertThat(page.locator("h1")).hasText(visit.title());
				assertThat(page.locator("table.outbox")).containsText(to);
				assertThat(tab.scrollWidth()).as("%s", tab.tooWide()).isLessThanOrEqualTo(visit.width());
				tab.shot("outbox-" + visit.lang() + "-" + visit.width());

				page.locator("table.outbox tr", new Page.LocatorOptions().setHasText(to)).getByRole(AriaRole.LINK).click();
				FrameLocator frame = page.frameLocator("iframe.mail-frame");
				assertThat(frame.locator("h1")).hasText("เวทีทดสอบกล่องจดหมาย");
				assertThat(frame.locator("img")).isVisible();
				assertThat((Boolean) frame.locator("img").evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();
				// The mail's script did not run: it would have written into the frame.
				assertThat(frame.locator("#ran")).hasCount(0);
				assertThat(page.title()).doesNotContain("owned");
				assertThat(tab.scrollWidth()).as("%s", tab.tooWide()).isLessThanOrEqualTo(visit.width());
				tab.shot("outbox-letter-" + visit.lang() + "-" + visit.width());
			}
		}
	}

	private void keep(String to) throws Exception {
		OutboxMailSender sender = new OutboxMailSender(outbox);
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom("TIPNet <no-reply@tipnet.local>");
		helper.setTo(to);
		helper.setSubject("ยืนยันการลงทะเบียน: เวทีทดสอบกล่องจดหมาย");
		helper.setText("""
				<html><body style="font-family: 'Noto Sans Thai', Tahoma, sans-serif; line-height: 1.7; color: #1b2430;">
				<h1 style="font-size: 20px;">เวทีทดสอบกล่องจดหมาย</h1>
				<p>เรียน คุณมาลี</p><p><strong>ยืนยันแล้ว</strong></p>
				<p>แสดงคิวอาร์โค้ดนี้ที่จุดลงทะเบียน</p><p><img src="cid:ticket" width="120" height="120" alt="QR"></p>
				<p>ลิงก์ส่วนตัว<br><a href="http://localhost:8080/events/registration/abc">http://localhost:8080/events/registration/abc</a></p>
				<script>document.body.insertAdjacentHTML('beforeend', '<p id="ran">ran</p>'); parent.document.title = 'owned';</script>
				</body></html>""", true);
		helper.addInline("ticket", new ByteArrayResource(qr()), "image/png");
		helper.addAttachment("event.ics", new ByteArrayResource("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)),
				"text/calendar");
		sender.send(message);
	}

	private static byte[] qr() throws Exception {
		var matrix = new com.google.zxing.qrcode.QRCodeWriter().encode("T1.outbox-test", com.google.zxing.BarcodeFormat.QR_CODE, 120, 120);
		var out = new java.io.ByteArrayOutputStream();
		com.google.zxing.client.j2se.MatrixToImageWriter.writeToStream(matrix, "PNG", out);
		return out.toByteArray();
	}
}
