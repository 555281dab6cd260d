package nl.wijkstem.idea;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.security.LoginProfiles;
import nl.wijkstem.base.security.RunAs;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty demo installation with ideas written as Westwijk residents would, so a
 * newcomer sees a living platform. Exists only in the {@code demo} profile.
 */
@Component
@Profile(LoginProfiles.DEMO)
class DemoIdeas implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoIdeas.class);

	private static final Map<String, String> RESIDENTS = new LinkedHashMap<>();

	static {
		RESIDENTS.put("fatima", "Fatima El Amrani");
		RESIDENTS.put("kees", "Kees de Vries");
		RESIDENTS.put("demo-yusuf", "Yusuf Demir");
		RESIDENTS.put("demo-anna", "Anna Kowalska");
		RESIDENTS.put("demo-joost", "Joost van Leeuwen");
		RESIDENTS.put("demo-malika", "Malika Bouzid");
		RESIDENTS.put("demo-ria", "Ria Verhoef");
		RESIDENTS.put("demo-sam", "Sam Peters");
	}

	private final IdeaRepository ideas;

	private final SupportRepository supports;

	private final IdeaStatusChangeRepository history;

	private final CommentRepository comments;

	private final ReportRepository reports;

	private final AccountService accounts;

	private final ProgrammeService programme;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final RunAs runAs;

	DemoIdeas(IdeaRepository ideas, SupportRepository supports, IdeaStatusChangeRepository history,
			CommentRepository comments, ReportRepository reports, AccountService accounts, ProgrammeService programme,
			TransactionTemplate transaction, Clock clock, RunAs runAs) {
		this.runAs = runAs;
		this.ideas = ideas;
		this.supports = supports;
		this.history = history;
		this.comments = comments;
		this.reports = reports;
		this.accounts = accounts;
		this.programme = programme;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (ideas.count() > 0) {
			return;
		}
		// the seeding acts as the programme's administrator, through the same services
		runAs.asSystem("demo-seeding", () -> transaction.executeWithoutResult(status -> seed()));
	}

	private void seed() {
		List<Long> residents = RESIDENTS.entrySet()
			.stream()
			.map(resident -> accounts.demoResident(resident.getKey(), resident.getValue()))
			.toList();
		Map<String, Long> themes = new LinkedHashMap<>();
		programme.overview(Languages.DUTCH).themes().forEach(theme -> themes.put(theme.code(), theme.id()));
		Map<String, Long> goals = new LinkedHashMap<>();
		programme.overview(Languages.DUTCH).goals().forEach(goal -> goals.put(goal.code(), goal.id()));
		Instant now = clock.instant();
		List<DemoIdea> content = DemoIdea.CONTENT;
		for (int i = 0; i < content.size(); i++) {
			DemoIdea demo = content.get(i);
			// the submissions still waiting come from the two demo residents who can sign
			// in, so a visitor can follow them through moderation
			Long author = residents.get(demo.supporters() < 0 ? i % 2 : i % residents.size());
			Instant written = now.minus(Duration.ofHours(40L * (content.size() - i) + 7));
			Idea idea = ideas.save(Idea.draft(author, new IdeaDraft(demo.title(), demo.description(), demo.place(),
					themes.get(demo.theme()), demo.where(), demo.latitude(), demo.longitude()), written));
			idea.submit(written.plus(Duration.ofMinutes(12)));
			history.save(new IdeaStatusChange(idea.getId(), IdeaStatus.SUBMITTED, idea.getSubmittedAt()));
			if (demo.supporters() < 0) {
				continue;
			}
			Instant published = written.plus(Duration.ofHours(20));
			idea.publish(true, published);
			history.save(new IdeaStatusChange(idea.getId(), IdeaStatus.PUBLISHED, published));
			String goal = DemoFilings.GOAL_BY_TITLE.get(demo.title());
			if (goal != null) {
				idea.file(goals.get(goal), Set.of(themes.get(demo.theme())), published.plus(Duration.ofHours(1)));
			}
			int supporters = Math.min(demo.supporters(), residents.size());
			for (int s = 0; s < supporters; s++) {
				supports.save(new Support(idea.getId(), residents.get((i + s + 1) % residents.size()),
						published.plus(Duration.ofHours(s + 1))));
			}
			int reactions = comment(idea.getId(), i, residents, published);
			ideas.flush();
			ideas.addSupports(idea.getId(), supporters);
			ideas.addComments(idea.getId(), reactions);
		}
		DemoProgress.apply(ideas, history, reports, comments, residents, now);
		log.info("Seeded {} demo ideas from {} demo residents", content.size(), residents.size());
	}

	/** A short conversation under some of the ideas, as neighbours would have it. */
	private int comment(Long ideaId, int index, List<Long> residents, Instant published) {
		if (index % 3 == 2) {
			return 0;
		}
		String[] lines = DemoIdea.REACTIONS.get(index % DemoIdea.REACTIONS.size());
		Long first = comments
			.save(new Comment(ideaId, residents.get((index + 3) % residents.size()), null, lines[0],
					published.plus(Duration.ofHours(3))))
			.getId();
		comments.save(new Comment(ideaId, residents.get((index + 5) % residents.size()), first, lines[1],
				published.plus(Duration.ofHours(5))));
		return 2;
	}

	/**
	 * @param supporters how many residents support it; negative: still waiting for review
	 */
	record DemoIdea(String title, String description, PlaceKind place, String theme, String where, Double latitude,
			Double longitude, int supporters) {

		static final List<String[]> REACTIONS = List.of(
				new String[] { "Goed idee! Ik woon hier al twintig jaar en dit mis ik echt.",
						"Eens. Misschien kunnen we met de buren ook helpen." },
				new String[] { "Wie gaat dit onderhouden? Dat is wel belangrijk.",
						"Volgens mij kan de woningcorporatie daarbij helpen." },
				new String[] { "Great idea, my kids would love this.", "Ja, en het is ook goed voor de ouderen." },
				new String[] { "Kan dit ook in onze straat? Daar is het net zo erg.",
						"Zet het er maar bij, dan ziet het programmabureau dat het vaker speelt." });

		static final List<DemoIdea> CONTENT = List.of(new DemoIdea(
				"Meer bomen op het plein bij de Floris de Vijfdelaan",
				"Het plein is helemaal van steen. In de zomer is het er heel heet en er is geen schaduw.\n\nMet een paar grote bomen en een paar bankjes eronder wordt het een fijne plek om te zitten.",
				PlaceKind.SQUARE, "liveability", "Plein aan de Floris de Vijfdelaan", 51.9131, 4.3121, 7),
				new DemoIdea("Sport- en ontmoetingsplek in het Marnixplantsoen",
						"Jongeren hangen nu rond bij de winkels omdat er niets te doen is. Een sportveldje met een overkapping en een paar bankjes geeft ze een eigen plek. Ouderen kunnen er ook wandelen.",
						PlaceKind.SPORTS, "child", "Marnixplantsoen", 51.9152, 4.3165, 8),
				new DemoIdea("Elke maand een grofvuilronde",
						"Op de stoep staan vaak oude matrassen en kasten. Niet iedereen heeft een auto om naar de milieustraat te gaan. Een vaste ophaaldag per maand zou veel schelen.",
						PlaceKind.STREET, "liveability", "Hele wijk", null, null, 6),
				new DemoIdea("Afvalbakken terugplaatsen in de Van Hogendorplaan",
						"Sinds de afvalbakken weg zijn ligt er veel zwerfafval op straat en in de struiken. Graag de bakken terug, vooral bij de bushalte.",
						PlaceKind.STREET, "liveability", "Van Hogendorplaan bij de bushalte", 51.9104, 4.3178, 5),
				new DemoIdea("Betere fietspaden langs de Marathonweg",
						"Het fietspad is smal en er zitten gaten in. Als de school uitgaat is het er gevaarlijk druk. Graag breder en glad asfalt.",
						PlaceKind.STREET, "safety", "Fietspad langs de Marathonweg", 51.9140, 4.3245, 6),
				new DemoIdea("Meer licht op het pad langs de Krabbeplas",
						"'s Avonds is het wandelpad langs de Krabbeplas erg donker. Veel mensen durven er na zonsondergang niet meer te lopen. Een paar lantaarnpalen zouden helpen.",
						PlaceKind.LIGHTING, "safety", "Wandelpad langs de Krabbeplas", 51.9120, 4.3030, 8),
				new DemoIdea("Speeltuin Reigerlaan opknappen",
						"De speeltoestellen zijn oud en de glijbaan is kapot. Kinderen uit de buurt spelen nu op straat. Graag nieuwe toestellen, ook voor kleine kinderen.",
						PlaceKind.PLAYGROUND, "child", "Speeltuin bij de Reigerlaan", 51.9088, 4.3102, 7),
				new DemoIdea("Huiswerkklas in het buurthuis",
						"Veel kinderen hebben thuis geen rustige plek om huiswerk te maken. Een huiswerkklas na school in het buurthuis, met vrijwilligers, helpt ze op school.",
						PlaceKind.OTHER, "learning-and-work", "Buurthuis", null, null, 5),
				new DemoIdea("Zebrapad bij de basisschool",
						"Ouders met kleine kinderen moeten over een drukke weg. Auto's rijden er te hard. Een zebrapad en drempels maken het veiliger.",
						PlaceKind.STREET, "safety", "Bij de ingang van de basisschool", 51.9163, 4.3130, 8),
				new DemoIdea("Moestuin voor de buurt",
						"Op het grasveld achter de flats kan een gezamenlijke moestuin komen. Buren leren elkaar kennen en kinderen zien hoe groente groeit.",
						PlaceKind.GREEN, "liveability", "Grasveld achter de flats aan de Van Baerlestraat", 51.9110,
						4.3085, 4),
				new DemoIdea("Taalcafé voor ouders",
						"Veel ouders spreken nog niet goed Nederlands. Een taalcafé op de basisschool, terwijl de kinderen in de klas zitten, helpt ze om mee te doen.",
						PlaceKind.OTHER, "parents", "IKC De Wereldwijzer", null, null, 5),
				new DemoIdea("Bankjes rond de Krabbeplas",
						"Ouderen willen graag een rondje om de plas lopen, maar kunnen nergens even uitrusten. Elke paar honderd meter een bankje zou fijn zijn.",
						PlaceKind.GREEN, "liveability", "Rondje Krabbeplas", 51.9095, 4.3042, 6),
				new DemoIdea("Cameratoezicht bij het winkelcentrum",
						"Bij het winkelcentrum wordt 's avonds veel ingebroken in fietsenstallingen. Betere verlichting en cameratoezicht maken het veiliger.",
						PlaceKind.PARKING, "safety", "Fietsenstalling bij het winkelcentrum", 51.9135, 4.3190, 3),
				new DemoIdea("Bigger bins near the metro station",
						"The bins near the Westwijk metro stop are always full on Mondays. Please place larger bins or empty them more often.",
						PlaceKind.STREET, "liveability", "Hoekse Lijn stop", 51.9072, 4.3170, 3),
				new DemoIdea("Job fair for young people in the neighbourhood",
						"Many young people in Westwijk do not know which local companies are hiring. A yearly job fair in the community centre would connect them with employers.",
						PlaceKind.OTHER, "learning-and-work", "Community centre", null, null, 4),
				new DemoIdea("Hondenuitlaatplek bij het Westwijkpark",
						"Honden lopen nu los op het grasveld waar kinderen spelen. Een omheinde plek voor honden voorkomt ruzie en poep op het speelveld.",
						PlaceKind.GREEN, "liveability", "Westwijkpark, kant van de sporthal", 51.9178, 4.3120, 4),
				new DemoIdea("Parkeerplaatsen voor bewoners",
						"Bezoekers van het winkelcentrum parkeren in onze straat. Bewoners kunnen 's middags hun auto niet kwijt. Graag parkeren voor vergunninghouders.",
						PlaceKind.PARKING, "liveability", "Straten rond het winkelcentrum", 51.9128, 4.3205, 2),
				new DemoIdea("Voorleesochtend in de bibliotheek",
						"Een vaste voorleesochtend voor peuters en hun ouders, in het Nederlands en in andere talen. Zo leren kinderen eerder lezen.",
						PlaceKind.OTHER, "child", "Bibliotheekpunt in het IKC", null, null, 4),
				new DemoIdea("Buurtpreventie-app en avondrondes",
						"Met een buurtapp en vrijwilligers die 's avonds een rondje lopen, voelen bewoners zich veiliger. De wijkagent kan meedoen.",
						PlaceKind.OTHER, "safety", "Hele wijk", null, null, 5),
				new DemoIdea("Geveltuintjes in de Bachstraat",
						"Laat bewoners een tegel uit de stoep halen voor een geveltuintje. Dat is groener en het water kan beter weg bij regen.",
						PlaceKind.STREET, "liveability", "Bachstraat", 51.9148, 4.3060, 3),
				new DemoIdea("Coaching naar werk voor vrouwen",
						"Veel vrouwen in de wijk willen werken maar weten niet hoe ze moeten beginnen. Een coach die helpt met een cv en sollicitaties kan veel doen.",
						PlaceKind.OTHER, "learning-and-work", "Buurthuis", null, null, 3),
				new DemoIdea("Waterpunt bij het sportveld",
						"Na het sporten is er nergens water te drinken. Een drinkwaterkraan bij het sportveld is goed voor kinderen en scheelt plastic flesjes.",
						PlaceKind.SPORTS, "child", "Sportveld bij de sporthal", 51.9181, 4.3142, 2),
				new DemoIdea("Ouderavond over online veiligheid",
						"Ouders weten vaak niet wat hun kinderen online doen. Een avond over sociale media, gamen en oplichting, met de wijkagent en school.",
						PlaceKind.OTHER, "parents", "IKC De Wereldwijzer", null, null, 2),
				new DemoIdea("Kapotte stoeptegels bij de seniorenflat",
						"Voor de seniorenflat liggen veel losse tegels. Bewoners met een rollator zijn al gevallen. Graag snel een nieuwe, vlakke stoep.",
						PlaceKind.STREET, "safety", "Stoep voor de seniorenflat", 51.9098, 4.3130, -1),
				new DemoIdea("Kunstwerk op de blinde muur bij de metro",
						"De grijze muur bij de metro is lelijk en er wordt steeds op geklad. Laat kinderen uit de wijk samen met een kunstenaar een muurschildering maken.",
						PlaceKind.OTHER, "child", "Muur bij de metrohalte", 51.9075, 4.3160, -1),
				new DemoIdea("Meer bankjes langs de Krabbeplas",
						"Mijn moeder is 84 en wandelt graag rond de plas. Ze moet vaak stoppen, maar er is nergens een bankje. Een paar extra bankjes zou voor veel ouderen fijn zijn.",
						PlaceKind.GREEN, "liveability", "Krabbeplas, west- en zuidkant", 51.9093, 4.3038, -1),
				new DemoIdea("Jongeren bij het portiek van Reigerlaan 23",
						"Elke avond staan de jongens van de familie Jansen bij ons portiek. Ze zijn luidruchtig en laten rommel achter. Bel mij gerust op 06-12345678. Een ontmoetingsplek voor jongeren ergens anders zou helpen.",
						PlaceKind.OTHER, "child", "Reigerlaan", 51.9090, 4.3105, -1),
				new DemoIdea("Mijn buurman zet zijn bus voor mijn raam",
						"Mijn buurman parkeert elke dag zijn bedrijfsbus precies voor mijn raam. Ik heb er al vaak iets van gezegd maar hij luistert niet. Kan de gemeente hem een boete geven?",
						PlaceKind.PARKING, "liveability", "Bachstraat", 51.9147, 4.3062, -1),
				new DemoIdea("Buurtbarbecue in het Westwijkpark",
						"Laten we in de zomer een buurtbarbecue houden in het Westwijkpark. Iedereen neemt iets mee, ook uit de eigen keuken. Zo leren nieuwe en oude bewoners elkaar kennen.",
						PlaceKind.GREEN, "parents", "Westwijkpark", 51.9176, 4.3118, -1));

	}

}
