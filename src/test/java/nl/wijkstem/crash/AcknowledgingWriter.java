package nl.wijkstem.crash;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.wijkstem.WijkstemApplication;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.voting.BallotEntry;
import nl.wijkstem.voting.RoundDetails;
import nl.wijkstem.voting.VotingService;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application side of {@link CrashIT}, in a JVM of its own so that it can be killed.
 * It boots the real application (its configuration and database URL, the demo profile
 * with its open voting round) and then, as new verified residents one after another,
 * casts ballots and sends in ideas through the services the screens call. A line
 * {@code BALLOT <round> <account> <items>} or {@code IDEA <id> <account>} is printed only
 * after the service returned, which is the moment the screen tells the resident it is
 * saved. It runs until it is killed.
 * <p>
 * With {@code --crash.mode=check} it boots on the same data after the kill, says
 * {@code RESTARTED} and stops, as an operator's restart would find the data.
 */
public final class AcknowledgingWriter {

	/** The postcode claim the test configuration accepts as proof of residency. */
	public static final String POSTCODE = "3132AB";

	/** Every so many residents also sends in an idea. */
	private static final int IDEA_EVERY = 4;

	/** At most this many ideas on one ballot, so the ballots differ from each other. */
	private static final int MOST_CHOICES = 3;

	private AcknowledgingWriter() {
	}

	public static void main(String[] args) throws UnsupportedEncodingException {
		// the lines the test reads, apart from the application's own logging
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
		boolean check = List.of(args).contains("--crash.mode=check");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(WijkstemApplication.class).run(args);
		if (check) {
			// up again on the data the kill left: the database opened, Flyway validated
			// it
			out.println("RESTARTED");
			context.close();
			return;
		}
		try {
			write(context, out);
		}
		catch (RuntimeException | Error ex) {
			// the web server's threads would keep a failed writer alive until the test's
			// timeout
			ex.printStackTrace();
			System.exit(1);
		}
	}

	private static void write(ConfigurableApplicationContext context, PrintStream out) {
		VotingService voting = context.getBean(VotingService.class);
		IdeaService ideas = context.getBean(IdeaService.class);
		AccountService accounts = context.getBean(AccountService.class);
		ApplicationEventPublisher events = context;
		RoundDetails round = null;
		for (int resident = 1;; resident++) {
			ResidencyTestSupport.fromNetworkAddress(ResidencyTestSupport.newNetworkAddress());
			ResidencyTestSupport.signInAsNewResident(events, "Bewoner " + resident, Map.of("postcode", POSTCODE));
			if (round == null) {
				// the open round the demo profile seeds
				round = voting.page(null, Locale.of("nl")).round();
				out.println("ROUND " + round.id() + " " + round.phase() + " " + round.ballot().size());
			}
			Long account = accounts.currentAccountId().orElseThrow();
			Set<Long> chosen = choice(round, resident);
			voting.cast(round.id(), chosen);
			acknowledge(out, "BALLOT " + round.id() + " " + account + " " + items(chosen));
			if (resident % IDEA_EVERY == 0) {
				Long idea = ideas
					.submit(null,
							new IdeaDraft("Crashproef idee " + resident,
									"Een voorstel dat bewaard moet blijven, ook als de server plotseling stopt.",
									PlaceKind.STREET, null, "Reigerlaan", null, null))
					.id();
				acknowledge(out, "IDEA " + idea + " " + account);
			}
			SignIn.out();
			ResidencyTestSupport.noNetwork();
		}
	}

	/**
	 * A different choice for each resident: up to three ideas from a rotating start,
	 * within the budget.
	 */
	private static Set<Long> choice(RoundDetails round, int resident) {
		List<BallotEntry> entries = round.ballot();
		Set<Long> chosen = new TreeSet<>();
		long total = 0;
		for (int i = 0; i < entries.size() && chosen.size() < MOST_CHOICES; i++) {
			BallotEntry entry = entries.get((resident + i) % entries.size());
			long cost = entry.cost() == null ? 0 : entry.cost();
			if (round.budget() == null || total + cost <= round.budget()) {
				chosen.add(entry.itemId());
				total += cost;
			}
		}
		return chosen;
	}

	/**
	 * One line in one write, so a kill between the text and its line end cannot leave a
	 * cut line that reads as another acknowledgement.
	 */
	private static void acknowledge(PrintStream out, String line) {
		out.print(line + "\n");
		out.flush();
	}

	public static String items(Set<Long> itemIds) {
		return new TreeSet<>(itemIds).stream().map(String::valueOf).collect(Collectors.joining(","));
	}

}
