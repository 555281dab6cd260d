package nl.wijkstem.base;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijkstem.support.BundleWords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts Vaadin formats with {@link MessageFormat} (those with placeholders, when the
 * code passes arguments): a plain apostrophe starts a quoted part there and disappears
 * ("foto's" became "fotos"), and a count needs its noun in the singular for one and the
 * plural for more ("1 ideeën gevonden", "2 steun"). Every text is formatted with every
 * argument 1, then 2, and read as a resident would.
 */
class FormattedTextsTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	/** Nouns after a count: the plural must not follow 1, the singular not 2. */
	private static final Map<String, NounForms> NOUNS = Map.of("nl",
			NounForms.of(
					"ideeën|bewoners|reacties|foto’s|brieven|adressen|fouten|minuten|concepten|pagina’s|velden|accounts"
							+ "|tekens|bundels|meldingen|stemmen|keren|jaren|uren",
					"idee|bewoner|reactie|foto|brief|adres|fout|minuut|concept|pagina|veld|account|teken|bundel|melding"
							+ "|steun"),
			"en",
			NounForms.of(
					"ideas|residents|comments|photos|letters|addresses|errors|minutes|drafts|pages|fields|accounts"
							+ "|characters|groups|reports|votes|times|years|hours|supporters",
					"idea|resident|comment|photo|letter|address|error|minute|draft|page|field|account|character"
							+ "|group|report|vote|time|year|hour|supporter|support"));

	@Test
	void formattedTexts_useTheTypographicApostrophe_whichMessageFormatKeeps() {
		Set<String> eaten = new TreeSet<>();
		for (Text text : texts()) {
			if (text.formatted() && text.value().contains("'")) {
				eaten.add(text + ": " + text.value());
			}
			if (!text.formatted() && text.value().contains("''")) {
				eaten.add(text + " (shown as typed, so '' stays double): " + text.value());
			}
		}
		assertThat(eaten).as("write ’ in texts with placeholders: MessageFormat drops a plain '").isEmpty();
	}

	@Test
	void formattedTexts_keepEveryApostrophe_whenFormatted() {
		Set<String> lost = new TreeSet<>();
		for (Text text : texts()) {
			if (text.value().contains("’") && text.formatted() && !text.format(2).contains("’")) {
				lost.add(text.toString());
			}
		}
		assertThat(lost).isEmpty();
	}

	@Test
	void countTexts_sayOneInTheSingular_andMoreInThePlural() {
		Set<String> wrong = new TreeSet<>();
		for (Text text : texts()) {
			if (!text.formatted()) {
				continue;
			}
			NounForms nouns = NOUNS.get(text.language().getLanguage());
			String one = text.format(1);
			String two = text.format(2);
			if (nouns.pluralAfterOne().matcher(one).find()) {
				wrong.add(text + ": " + one);
			}
			if (nouns.singularAfterTwo().matcher(two).find()) {
				wrong.add(text + ": " + two);
			}
		}
		assertThat(wrong).as("use {0,choice,0#...|1#1 ...|1<{0} ...} for counts").isEmpty();
	}

	@Test
	void choiceTexts_showTheNumber_forOneAndForMany() {
		Locale dutch = Languages.DUTCH;
		String ideas = "{0,choice,0#Geen ideeën gevonden|1#1 idee gevonden|1<{0} ideeën gevonden}";
		assertThat(new MessageFormat(ideas, dutch).format(new Object[] { 0 })).isEqualTo("Geen ideeën gevonden");
		assertThat(new MessageFormat(ideas, dutch).format(new Object[] { 1 })).isEqualTo("1 idee gevonden");
		assertThat(new MessageFormat(ideas, dutch).format(new Object[] { 1234L })).isEqualTo("1.234 ideeën gevonden");
	}

	/** Every text of every language's bundle. */
	private static List<Text> texts() {
		List<Text> texts = new ArrayList<>();
		for (Locale language : Languages.SUPPORTED) {
			Properties bundle = BundleWords.load(language.getLanguage());
			for (String key : bundle.stringPropertyNames()) {
				texts.add(new Text(language, key, bundle.getProperty(key)));
			}
		}
		return texts;
	}

	private record Text(Locale language, String key, String value) {

		/** Whether it has placeholders, so MessageFormat formats it. */
		boolean formatted() {
			return PLACEHOLDER.matcher(value).find();
		}

		/**
		 * The text as Vaadin's translation provider formats it, every argument the same.
		 */
		String format(int argument) {
			int arguments = 0;
			Matcher placeholder = PLACEHOLDER.matcher(value);
			while (placeholder.find()) {
				arguments = Math.max(arguments, Integer.parseInt(placeholder.group(1)) + 1);
			}
			Object[] values = new Object[arguments];
			Arrays.fill(values, argument);
			return new MessageFormat(value, language).format(values);
		}

		@Override
		public String toString() {
			return language + " " + key;
		}

	}

	private record NounForms(Pattern pluralAfterOne, Pattern singularAfterTwo) {

		static NounForms of(String plural, String singular) {
			return new NounForms(Pattern.compile("(?<![\\d.,])1 (" + plural + ")(?![\\p{L}’])"),
					Pattern.compile("(?<![\\d.,])2 (" + singular + ")(?![\\p{L}’])"));
		}

	}

}
