package th.tipnet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserPage;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestMail;

/** "Forgot password?" as a person does it in Chromium: the link on the sign-in page, the mail, the new password. */
@BrowserTest
class PasswordResetBrowserIT {

	private static final Pattern LINK = Pattern.compile("href=\"https?://[^/\"]+(/password-reset#t=[A-Za-z0-9_-]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aMemberResetsAForgottenPasswordInThaiFromTheMailedLink(Browser chromium) throws Exception {
		TestAccounts accounts = new TestAccounts(context);
		var member = accounts.create("browser-reset", Role.MEMBER);
		try (BrowserPage tab = new BrowserPage(chromium, port, "th-TH", 1280, 800)) {
			Page page = tab.page();
			page.navigate(tab.url("/login"));
			tab.shot("login-th");
			page.getByTestId("forgot-password").click();
			assertThat(page).hasURL(tab.url("/forgot-password"));
			page.getByLabel("ชื่อผู้ใช้หรืออีเมล").fill(member.username());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งลิงก์ให้ฉัน")).click();
			assertThat(page.getByTestId("reset-sent")).containsText("หากมีบัญชีที่ใช้ชื่อผู้ใช้หรืออีเมลนี้");
			tab.shot("forgot-password-sent-th");

			String html = TestMail.html(TestMail.awaitSubject(member.username() + "@example.org", "ตั้งรหัสผ่าน TIPNet ใหม่"));
			Matcher link = LINK.matcher(html);
			assertThat(link.find()).as(html).isTrue();
			page.navigate(tab.url(link.group(1)));
			// The script took the token from the fragment, hid the field and cleaned the address bar.
			assertThat(page.locator("#token-row")).isHidden();
			assertThat(page.locator("#token")).hasValue(link.group(1).substring(link.group(1).indexOf("#t=") + 3));
			assertThat(page).hasURL(tab.url("/password-reset"));
			tab.shot("password-reset-th");
			page.locator("#newPassword").fill("ทะเลสาบสีครามยามเช้า 2569");
			page.locator("#confirmPassword").fill("ทะเลสาบสีครามยามเช้า 2569");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกรหัสผ่านใหม่")).click();
			assertThat(page).hasURL(tab.url("/login?passwordReset"));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("ตั้งรหัสผ่านใหม่แล้ว");

			tab.signIn(member.username(), "ทะเลสาบสีครามยามเช้า 2569");
			assertThat(page).hasURL(tab.url("/"));
			page.navigate(tab.url("/account"));
			assertThat(page.locator("#email")).hasValue(member.username() + "@example.org");
			tab.shot("account-email-th");
		}
	}

	@Test
	void withoutTheLinkTheCodeIsPastedAndAWrongOneIsNamedInEnglish(Browser chromium) {
		try (BrowserPage tab = new BrowserPage(chromium, port, "en-GB", 1280, 800)) {
			Page page = tab.page();
			page.navigate(tab.url("/password-reset?lang=en"));
			assertThat(page.locator("#token-row")).isVisible();
			page.getByLabel("Code from the e-mail").fill("not-a-code-we-sent");
			page.locator("#newPassword").fill("a perfectly fine passphrase");
			page.locator("#confirmPassword").fill("a perfectly fine passphrase");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save new password")).click();
			assertThat(page.locator(".field-error")).containsText("This code is not valid");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a new link"))).isVisible();
			tab.shot("password-reset-invalid-en");
			page.navigate(tab.url("/forgot-password"));
			tab.shot("forgot-password-en");
			page.navigate(tab.url("/login?locked=3"));
			assertThat(page.getByTestId("sign-in-held-back")).containsText("Please wait about 3 min");
			tab.shot("login-held-back-en");
		}
	}

	@Test
	void thePagesFitAPhoneInBothLanguages(Browser chromium) {
		for (String language : new String[] { "th", "en" }) {
			try (BrowserPage phone = new BrowserPage(chromium, port, language, 360, 740)) {
				for (String path : new String[] { "/forgot-password", "/password-reset", "/login?locked=5" }) {
					phone.page().navigate(phone.url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
					assertThat(phone.scrollWidth()).as("width of %s in %s: %s", path, language, phone.tooWide())
						.isLessThanOrEqualTo(360);
					phone.shot("phone-" + path.substring(1).replaceAll("[^a-z-]", "-") + "-" + language);
				}
			}
		}
	}
}
