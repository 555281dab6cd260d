package nl.wijkstem.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSignInBrowserIT extends BrowserTest {

	@ParameterizedTest(name = "{0} signs in as {2}")
	@CsvSource(delimiter = ';', value = {
			"fatima; Fatima El Amrani; Bewoner; Start,Ideeën,Stemmen,Raadplegingen,Programma,Mijn ideeën,Mijn gegevens",
			"kees; Kees de Vries; Bewoner; Start,Ideeën,Stemmen,Raadplegingen,Programma,Mijn ideeën,Mijn gegevens",
			"moderator; Sanne Jansen (programmabureau); Moderator; Start,Ideeën,Stemmen,Raadplegingen,Programma,Mijn ideeën,Moderatie (n),Doelenbord,Raadplegingen beheren,Bewoners,Mijn gegevens",
			"beheerder; Ahmet Yilmaz (beheer); Beheerder; Start,Ideeën,Stemmen,Raadplegingen,Programma,Mijn ideeën,Moderatie (n),Doelenbord,Raadplegingen beheren,Bewoners,Mijn gegevens,Beheer" })
	void demoAccount_signsIn_seesItsNavigation_andSignsOut(String username, String name, String role,
			String navigation) {
		signInWithPassword(username);

		assertThat(page.locator(".app-user__name").innerText()).isEqualTo(name);
		assertThat(page.locator(".app-user__role").innerText()).isEqualTo(role);
		assertThat(navigationItems()).containsExactly(navigation.split(","));

		signOut();

		assertThat(page.locator(".app-user__name").count()).isZero();
		assertThat(navigationItems()).containsExactly("Start", "Ideeën", "Raadplegingen", "Programma");
	}

	@Test
	void wrongPassword_isRefusedWithATranslatedMessage() {
		open("login");
		page.getByLabel("Gebruikersnaam").fill("kees");
		page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("geraden");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.waitForURL(url("login?error"));
		waitForVaadin();

		assertThat(page.getByText("Inloggen is niet gelukt").first().isVisible()).isTrue();
		assertThat(page.locator(".app-user__sign-in").isVisible()).isTrue();
		assertAccessible();
	}

	@Test
	void languageChoice_isRemembered() {
		open("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		waitForVaadin();

		page.reload();
		waitForVaadin();

		assertThat(page.locator("h1").innerText()).isEqualTo("Your voice for Westwijk");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(navigationItems()).containsExactly("Home", "Ideas", "Consultations", "Programme");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ideas", "programme" })
	void skipLink_movesFocusToTheMainContent_andStaysOnThePage(String path) {
		open(path);
		page.keyboard().press("Tab");

		assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Ga direct naar de inhoud");
		page.keyboard().press("Enter");
		assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main-content");
		// the link once resolved against the site's root and opened the home page instead
		assertThat(page.url()).isEqualTo(url(path));
	}

}
