package nl.wijkstem.base;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RenamedPathsTest {

	@ParameterizedTest(name = "{0} moves to {1}")
	@CsvSource({ "/beheer, /admin", "/beheer/stemrondes, /admin/rounds", "/beheer/stemronde/12, /admin/round/12",
			"/beheer/stemronde, /admin/round", "/beheer/stemrondes/7/controle, /admin/rounds/7/integrity",
			"/beheer/ideeen, /admin/ideas", "/beheer/audit?subjectType=idea, /admin/audit?subjectType=idea",
			"/beheer/adressen, /admin/addresses", "/bewoners, /residents", "/mijn-gegevens, /my/data",
			"/toegankelijkheid, /accessibility" })
	void anOldDutchPath_redirectsPermanently_toItsEnglishSuccessor(String old, String successor) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", old.replaceFirst("\\?.*", ""));
		if (old.contains("?")) {
			request.setQueryString(old.substring(old.indexOf('?') + 1));
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		new RenamedPaths.Redirect().doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(response.getHeader("Location")).isEqualTo(successor);
		assertThat(chain.getRequest()).isNull();
	}

	@ParameterizedTest(name = "{0} {1} is left alone")
	@CsvSource({ "GET, /admin", "GET, /ideas/3", "GET, /beheerder", "POST, /beheer", "GET, /", "GET, /my/ideas",
			"GET, /beheer/raadplegingen", "GET, /beheer/raadplegingen/bewerken/3" })
	void otherPaths_andOtherMethods_goOnAsTheyCame(String method, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		new RenamedPaths.Redirect().doFilter(request, response, chain);

		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(response.getHeader("Location")).isNull();
	}

}
