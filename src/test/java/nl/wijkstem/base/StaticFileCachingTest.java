package nl.wijkstem.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class StaticFileCachingTest {

	private static final String VAADINS_HOUR = "max-age=3600";

	@Test
	void aBundleFileWithAContentHash_isCachedForAYear() throws Exception {
		assertThat(served("/VAADIN/build/FlowClient-XDkeHcOw.js", 200, VAADINS_HOUR))
			.isEqualTo("max-age=31536000, immutable");
		assertThat(served("/VAADIN/build/generated-flow-imports-t4nGUjc-.js", 200, VAADINS_HOUR))
			.isEqualTo(StaticFileCaching.LONG);
		assertThat(served("/VAADIN/build/indexhtml-BNp73Egs.js", 304, VAADINS_HOUR)).isEqualTo(StaticFileCaching.LONG);
	}

	@Test
	void fileNamesWithoutAHash_missingFiles_andDevelopmentMode_keepWhatTheyWereGiven() throws Exception {
		assertThat(served("/VAADIN/build/sw.js", 200, VAADINS_HOUR)).isEqualTo(VAADINS_HOUR);
		assertThat(served("/webjars/leaflet/dist/leaflet.js", 200, VAADINS_HOUR)).isEqualTo(VAADINS_HOUR);
		assertThat(served("/VAADIN/build/FlowClient-XDkeHcOw.js", 404, VAADINS_HOUR)).isEqualTo(VAADINS_HOUR);
		assertThat(served("/VAADIN/build/FlowClient-XDkeHcOw.js", 200, "no-cache")).isEqualTo("no-cache");
		assertThat(served("/VAADIN/build/FlowClient-XDkeHcOw.js", 200, "public, max-age=0, must-revalidate"))
			.isEqualTo("public, max-age=0, must-revalidate");
	}

	private static String served(String path, int status, String cacheControl) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain fileServer = (req, res) -> {
			HttpServletResponse http = (HttpServletResponse) res;
			http.setStatus(status);
			http.setHeader("Cache-Control", cacheControl);
		};
		new StaticFileCaching.VersionedFiles().doFilter(request, response, fileServer);
		return response.getHeader("Cache-Control");
	}

}
