package nl.wijkstem.programme;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import nl.wijkstem.base.AccessibilityStatement;
import nl.wijkstem.base.AccessibilityStatement.ComplianceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The programme file's accessibility statement binds with the model's parts, and a
 * statement that misses a required part stops the start with a message naming it.
 */
class AccessibilityStatementPropertiesTest {

	private final ApplicationContextRunner westwijk = new ApplicationContextRunner()
		.withInitializer(AccessibilityStatementPropertiesTest::loadTheWestwijkFile)
		.withUserConfiguration(Binding.class);

	@Test
	void theWestwijkStatement_binds_partiallyCompliant_withItsAuditBarriersAndSignature() {
		westwijk.run(context -> {
			assertThat(context).hasNotFailed();
			AccessibilityStatement statement = context.getBean(ProgrammeProperties.class).accessibilityStatement();
			assertThat(statement.organisation()).isEqualTo("Gemeente Vlaardingen");
			assertThat(statement.status()).isEqualTo(ComplianceStatus.B);
			assertThat(statement.drawnUpOn()).isEqualTo(LocalDate.of(2026, 12, 6));
			assertThat(statement.reviewedOn()).isAfterOrEqualTo(statement.drawnUpOn());
			assertThat(statement.answerWithinWorkingDays()).isEqualTo(5);
			assertThat(statement.audits()).singleElement().satisfies(audit -> {
				assertThat(audit.standard()).isEqualTo("WCAG 2.1 AA");
				assertThat(audit.reportUrl())
					.isEqualTo("https://code.example.nl/wijkstem/blob/main/docs/accessibility-audit.md");
				assertThat(audit.method().en()).isNotBlank();
			});
			assertThat(statement.barriers()).isNotEmpty().allSatisfy(barrier -> {
				assertThat(barrier.description().nl()).isNotBlank();
				assertThat(barrier.description().en()).isNotBlank();
				assertThat(barrier.repairedBy()).isAfter(statement.drawnUpOn());
			});
			assertThat(statement.signed().name()).isEqualTo("A. Voorbeeld");
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void aStatementThatLacksAPartOrContradictsItself_stopsTheStart_namingWhy(String property, List<String> words) {
		westwijk.withPropertyValues(property).run(failsNaming(words.toArray(String[]::new)));
	}

	static Stream<Arguments> aStatementThatLacksAPartOrContradictsItself_stopsTheStart_namingWhy() {
		String contact = "needs the bureau's email and phone under wijkstem.programme.contact";
		return Stream.of(
				arguments("wijkstem.programme.accessibility-statement.status=",
						List.of("'accessibilityStatement.status'", "must not be null")),
				arguments("wijkstem.programme.contact.email=", List.of(contact)),
				arguments("wijkstem.programme.contact.phone= ", List.of(contact)),
				arguments("wijkstem.programme.accessibility-statement.status=A",
						List.of("status A means no known barriers")),
				arguments("wijkstem.programme.accessibility-statement.barriers[0].criterion=2.4.13",
						List.of("success criterion of WCAG 2.1 level A or AA")),
				arguments("wijkstem.programme.accessibility-statement.reviewed-on=2020-01-01",
						List.of("reviewed-on cannot lie before drawn-up-on")),
				arguments("wijkstem.programme.accessibility-statement.signed.name=",
						List.of("'accessibilityStatement.signed.name'", "must not be blank")));
	}

	@Test
	void noStatementAtAll_stopsTheStart() {
		new ApplicationContextRunner().withUserConfiguration(Binding.class)
			.withPropertyValues("wijkstem.programme.area.name=Westwijk")
			.run(failsNaming("'accessibilityStatement'", "every public body publishes an accessibility statement"));
	}

	private static ContextConsumer<AssertableApplicationContext> failsNaming(String... words) {
		return context -> {
			assertThat(context).hasFailed();
			StringBuilder messages = new StringBuilder();
			for (Throwable cause = context.getStartupFailure(); cause != null; cause = cause.getCause()) {
				messages.append(cause.getMessage()).append('\n');
			}
			assertThat(messages.toString()).contains(words);
		};
	}

	private static void loadTheWestwijkFile(ConfigurableApplicationContext context) {
		try {
			new YamlPropertySourceLoader().load("westwijk", new ClassPathResource("programme/westwijk.yml"))
				.forEach(source -> context.getEnvironment().getPropertySources().addLast(source));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ProgrammeProperties.class)
	static class Binding {

	}

}
