package nl.wijkstem.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule left open nests every rule after it, and browsers then drop them without a word:
 * the page loses its layout while every test that reads text still passes.
 */
class StylesheetTest {

	private static final Path STYLESHEET = Path.of("frontend", "wijkstem", "styles", "wijkstem.css");

	static Stream<Path> stylesheets() throws IOException {
		return Files.list(STYLESHEET.getParent()).filter(file -> file.toString().endsWith(".css")).sorted();
	}

	/**
	 * Each stylesheet read by a CSS3 parser (HtmlUnit's), which reports what a browser
	 * would skip: a rule left open, a stray brace, a declaration it cannot read.
	 */
	@ParameterizedTest
	@MethodSource("stylesheets")
	void eachStylesheet_parsesWithoutAnError(Path stylesheet) throws IOException {
		assertThat(parseErrors(Files.readString(stylesheet))).as(stylesheet.toString()).isEmpty();
	}

	@Test
	void theParser_findsARuleLeftOpen() throws IOException {
		assertThat(parseErrors(".a { color: red; \n.b { color: blue; }")).isNotEmpty();
	}

	/**
	 * The parser's errors, each with its line; its warnings are about values, not syntax.
	 */
	private static List<String> parseErrors(String css) throws IOException {
		List<String> errors = new ArrayList<>();
		CSSOMParser parser = new CSSOMParser();
		parser.setErrorHandler(new CSSErrorHandler() {

			@Override
			public void warning(CSSParseException problem) {
			}

			@Override
			public void error(CSSParseException problem) {
				errors.add(problem.getLineNumber() + ": " + problem.getMessage());
			}

			@Override
			public void fatalError(CSSParseException problem) {
				error(problem);
			}

		});
		parser.parseStyleSheet(new InputSource(new StringReader(css)), null);
		return errors;
	}

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
