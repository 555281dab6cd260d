package nl.wijkstem.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's frame on every page: the footer (the privacy and accessibility statements
 * are reached from it, it is the contentinfo landmark, it fits a phone) and a signed-in
 * header that leaves a phone's screen to the content.
 */
class FooterBrowserIT extends BrowserTest {

	@Test
	void footerLinks_fromTheIdeaList_reachBothStatements() {
		open("ideas");
		Locator footer = page.getByRole(AriaRole.CONTENTINFO);
		assertThat(footer.count()).isEqualTo(1);

		footer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Privacyverklaring")).click();
		page.waitForURL(url("privacy"));
		assertThat(heading()).isEqualTo("Privacy");

		page.getByRole(AriaRole.CONTENTINFO)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Toegankelijkheidsverklaring"))
			.click();
		page.waitForURL(url("accessibility"));
		assertThat(heading()).isEqualTo("Toegankelijkheidsverklaring");
	}

	@Test
	void footer_showsTheBureausContact_atPhoneAndDesktopWidth_andIsAccessible() {
		open("ideas");
		Locator footer = page.getByRole(AriaRole.CONTENTINFO);

		assertThat(footer.locator("address").innerText()).contains("Programmabureau Wij de Westwijk",
				"Voorbeeldlaan 1");
		assertThat(footer.locator("a[href^='tel:']").getAttribute("href")).isEqualTo("tel:0100000000");
		assertThat(footer.locator("a[href^='mailto:']").innerText()).isEqualTo("bureau@wijdewestwijk.example.nl");
		assertThat(footer.innerText()).contains("EUPL-1.2", "Gemeente Vlaardingen");
		page.setViewportSize(360, 740);
		waitForVaadin();
		assertAccessible();
		screenshots("footer-ideas");
	}

	@Test
	void signedInHeader_onAPhone_leavesMostOfTheScreen_andStillSaysWhoIsSignedIn() {
		signInWithPassword("kees");
		page.setViewportSize(360, 740);
		open("ideas");

		double header = page.locator("header.app-header").boundingBox().height;
		// 240 px (a third) before the name and role stopped taking a line of their own
		assertThat(header).isLessThan(740 * 0.3);
		assertThat(page.locator(".app-user__name").textContent()).isNotBlank();
		assertThat(page.getByRole(AriaRole.BANNER)
			.getByText("Bewoner", new Locator.GetByTextOptions().setExact(true))
			.count()).isEqualTo(1);
		assertAccessible();
		screenshots("header-signed-in");
	}

	private String heading() {
		// the long Dutch title carries soft hyphens, to wrap on a narrow screen
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
			.innerText()
			.replace("\u00ad", "");
	}

}
