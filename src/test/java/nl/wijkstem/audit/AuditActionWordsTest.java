package nl.wijkstem.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.wijkstem.audit.ModerationAction;
import nl.wijkstem.audit.ModerationActionTaken;
import nl.wijkstem.support.BundleWords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the application can record has words in both languages. The codes are
 * found by walking the application's classes: a {@link ModerationActionTaken} can only be
 * published with a {@link ModerationAction}, and those are enums.
 */
class AuditActionWordsTest {

	private static final JavaClasses APPLICATION = application();

	private static final Properties DUTCH = BundleWords.load("nl");

	private static final Properties ENGLISH = BundleWords.load("en");

	@Test
	void actions_arePublishedOnlyWithAModerationAction_neverWithALooseCode() {
		List<String> looseCodes = APPLICATION.get(ModerationActionTaken.class)
			.getConstructor(String.class, String.class, Long.class, String.class, String.class, String.class)
			.getCallsOfSelf()
			.stream()
			.map(JavaConstructorCall::getOriginOwner)
			.filter(caller -> !caller.isEquivalentTo(ModerationActionTaken.class))
			.map(JavaClass::getName)
			.toList();

		assertThat(looseCodes).as("classes publishing an action code that is no ModerationAction").isEmpty();
		// the walk sees the publishers: the services that do publish actions
		assertThat(APPLICATION.get(ModerationActionTaken.class)
			.getConstructor(ModerationAction.class, String.class, Long.class, String.class, String.class, String.class)
			.getCallsOfSelf()
			.stream()
			.map(call -> call.getOriginOwner().getSimpleName())
			.distinct()).contains("ModerationEvents", "BallotIdeas", "GroupService", "Memberships", "ReasonTemplates",
					"RoundService", "AuditRecorder");
	}

	@Test
	void everyActionTheApplicationCanRecord_hasWordsInDutchAndEnglish() {
		List<String> codes = codes();

		assertThat(codes).hasSizeGreaterThanOrEqualTo(37)
			.contains("idea.publish", "idea.ballot", "comment.hide", "group.ideaLeft", "reasonTemplate.delete",
					"ballot.addGroup", "round.create", "residency.revoke")
			.doesNotHaveDuplicates();
		assertThat(codes).allSatisfy(code -> {
			assertThat(DUTCH.getProperty("audit.action." + code)).as("nl " + code).isNotBlank();
			assertThat(ENGLISH.getProperty("audit.action." + code)).as("en " + code).isNotBlank();
		});
	}

	@Test
	void everyWordAStateCanBeReadWith_isInDutchAndEnglish() {
		assertThat(AuditStates.keys()).allSatisfy(key -> {
			assertThat(DUTCH.getProperty(key)).as("nl " + key).isNotBlank();
			assertThat(ENGLISH.getProperty(key)).as("en " + key).isNotBlank();
		});
	}

	/** The application's own classes; the libraries they use are not needed here. */
	private static JavaClasses application() {
		ArchConfiguration configuration = ArchConfiguration.get();
		boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
		configuration.setResolveMissingDependenciesFromClassPath(false);
		try {
			return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("nl.wijkstem");
		}
		finally {
			configuration.setResolveMissingDependenciesFromClassPath(resolving);
		}
	}

	/**
	 * The codes of every constant of every {@link ModerationAction} in the application.
	 */
	private static List<String> codes() {
		Set<JavaClass> kinds = new HashSet<>(APPLICATION.get(ModerationAction.class).getAllSubclasses());
		assertThat(kinds).isNotEmpty().allSatisfy(kind -> assertThat(kind.isEnum()).as(kind.getName()).isTrue());
		List<String> codes = new ArrayList<>();
		for (JavaClass kind : kinds) {
			for (Object action : kind.reflect().getEnumConstants()) {
				codes.add(((ModerationAction) action).code());
			}
		}
		return codes;
	}

}
