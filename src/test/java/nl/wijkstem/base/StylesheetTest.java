package nl.wijkstem.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule left open nests every rule after it, and browsers then drop them without a word:
 * the page loses its layout while every test that reads text still passes.
 */
class StylesheetTest {

	private static final Path STYLESHEET = Path.of("frontend", "wijkstem", "styles", "wijkstem.css");

	@Test
	void everyRuleIsClosed() throws IOException {
		String css = Files.readString(STYLESHEET);
		int depth = 0;
		int line = 1;
		for (int at = 0; at < css.length(); at++) {
			char c = css.charAt(at);
			if (c == '\n') {
				line++;
			}
			else if (c == '/' && at + 1 < css.length() && css.charAt(at + 1) == '*') {
				int end = css.indexOf("*/", at + 2);
				assertThat(end).as("comment opened on line %d is closed", line).isPositive();
				line += (int) css.substring(at, end).chars().filter(ch -> ch == '\n').count();
				at = end + 1;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).as("closing brace on line %d has an opening one", line).isNotNegative();
			}
		}
		assertThat(depth).as("rules left open at the end of the stylesheet").isZero();
	}

}
