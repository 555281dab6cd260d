package nl.wijkstem.capacity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One resident's browser, reduced to what it says to the server: its own cookies, the
 * password sign-in with Spring Security's CSRF token, Vaadin's bootstrap
 * ({@code ?v-r=init}) and then UIDL messages ({@code ?v-r=uidl}) carrying the UI's
 * security key, the last sync id the server sent and the next client id, exactly as
 * {@code UidlRecordingBenchmarkTest} recorded Chromium sending them. The node ids of the
 * things a resident clicks (the support button, the comment form, the ballot's
 * checkboxes, the search field) and the ideas linked from the list are read from the
 * server's answers; the rest of each answer is parsed and dropped, so a thousand sessions
 * do not keep a thousand copies of their pages in the test's heap.
 */
final class UidlSession {

	/**
	 * One client for all sessions (as one machine's network stack): cookies are per
	 * session.
	 */
	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern IDEA_LINK = Pattern.compile("ideas/(\\d+)");

	private static final Pattern TEMPLATE_IDEA_LINK = Pattern.compile("href\\\\?\":\\\\?\"ideas/(\\d+)");

	/** What Chromium sends about its window with the bootstrap request (recorded). */
	private static final String BROWSER_DETAILS = "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280"
			+ "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1"
			+ "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
			+ "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

	/** Vaadin's element features as numbered in the messages (Flow 25). */
	private static final int ELEMENT_DATA = 0;

	private static final int PROPERTIES = 1;

	private static final int CHILDREN = 2;

	private static final int CLASSES = 11;

	private static final int ATTRIBUTES = 3;

	private final URI base;

	private final Supplier<RoundTrips> recorder;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String securityKey;

	private int uiId;

	private int syncId;

	private int clientId;

	private int historyIndex;

	// what the resident can see and use on the current page
	private final List<Long> ideaIds = new ArrayList<>();

	private Integer searchField;

	private Integer supportButton;

	private Integer commentArea;

	private Integer commentButton;

	private Integer ballotSubmit;

	private final Map<Integer, Boolean> ballotBoxes = new LinkedHashMap<>();

	/**
	 * The recorder is asked at each request: the load test moves on to a new window per
	 * step.
	 */
	UidlSession(URI base, Supplier<RoundTrips> recorder) {
		this.base = base;
		this.recorder = recorder;
	}

	/** The demo password form: the login page for its CSRF token, then the form post. */
	void signIn(String username) {
		String page = body(request("GET", "login", null, null, RoundTrips.Kind.PAGE));
		Matcher csrf = CSRF_META.matcher(page);
		if (!csrf.find()) {
			throw new SessionFailure("no CSRF token on the login page");
		}
		HttpResponse<String> signIn = request("POST", "login",
				"username=" + encode(username) + "&password=demo&_csrf=" + encode(csrf.group(1)),
				"application/x-www-form-urlencoded", RoundTrips.Kind.PAGE);
		String location = signIn.headers().firstValue("Location").orElse("");
		if (signIn.statusCode() != 302 || location.contains("error")) {
			throw new SessionFailure("sign-in of " + username + " refused: " + signIn.statusCode() + " " + location);
		}
	}

	/**
	 * A full page load at this location: the HTML, the bootstrap request that creates a
	 * UI, and the first navigation the client sends after it.
	 */
	void open(String location) {
		body(request("GET", location, null, null, RoundTrips.Kind.PAGE));
		String init = "?v-r=init&location=" + encode(location) + "&query=&v-curdate=" + System.currentTimeMillis()
				+ "&v-wn=v-" + Math.random() + BROWSER_DETAILS;
		JsonObject config = parse(body(request("GET", init, null, null, RoundTrips.Kind.INIT)))
			.getAsJsonObject("appConfig");
		if (config == null) {
			throw new SessionFailure("bootstrap without appConfig");
		}
		uiId = config.get("v-uiId").getAsInt();
		syncId = -1;
		clientId = 0;
		historyIndex = 0;
		forgetPage();
		apply(config.getAsJsonObject("uidl"));
		navigate("/" + location, "", "");
	}

	/**
	 * A click on a link of the application (a router link): the client-side router's
	 * event.
	 */
	void follow(String route) {
		navigate(route, "", "link");
	}

	/** A link with a query, such as a page of the ideas ({@code page=3}). */
	void follow(String route, String query) {
		navigate(route, query, "link");
	}

	boolean hasCommentForm() {
		return commentArea != null && commentButton != null;
	}

	private void navigate(String route, String query, String trigger) {
		JsonObject data = new JsonObject();
		data.addProperty("route", route);
		data.addProperty("query", query);
		data.addProperty("appShellTitle", "");
		JsonObject history = new JsonObject();
		history.addProperty("idx", historyIndex++);
		data.add("historyState", history);
		data.addProperty("trigger", trigger);
		send(RoundTrips.Kind.NAVIGATE, event(1, "ui-navigate", data));
	}

	/** Types into the ideas' search field; the field sends its value after a pause. */
	void search(String words) {
		if (searchField == null) {
			throw new SessionFailure("no search field on the page");
		}
		JsonObject debounce = new JsonObject();
		debounce.addProperty("1", 1);
		debounce.addProperty("for", "trailing");
		send(RoundTrips.Kind.EVENT, sync(searchField, "value", words), event(searchField, "input", debounce));
	}

	void toggleSupport() {
		if (supportButton == null) {
			throw new SessionFailure("no support button on the idea page");
		}
		send(RoundTrips.Kind.EVENT, click(supportButton));
	}

	void comment(String text) {
		if (commentArea == null || commentButton == null) {
			throw new SessionFailure("no comment form on the idea page");
		}
		send(RoundTrips.Kind.EVENT, sync(commentArea, "value", text), event(commentArea, "change", new JsonObject()),
				click(commentButton));
	}

	/**
	 * Fills in the ballot afresh with one choice (each box a message of its own, as each
	 * click is) and submits it.
	 */
	void vote(int choice) {
		if (ballotBoxes.isEmpty() || ballotSubmit == null) {
			throw new SessionFailure("no ballot on the vote page");
		}
		List<Integer> boxes = new ArrayList<>(ballotBoxes.keySet());
		Integer chosen = boxes.get(Math.floorMod(choice, boxes.size()));
		for (Integer box : boxes) {
			boolean wanted = box.equals(chosen);
			if (ballotBoxes.get(box) != wanted) {
				ballotBoxes.put(box, wanted);
				send(RoundTrips.Kind.EVENT, sync(box, "checked", wanted),
						event(box, "checked-changed", new JsonObject()));
			}
		}
		send(RoundTrips.Kind.EVENT, click(ballotSubmit));
	}

	List<Long> ideaIds() {
		return List.copyOf(ideaIds);
	}

	boolean hasSupportButton() {
		return supportButton != null;
	}

	boolean hasBallot() {
		return !ballotBoxes.isEmpty() && ballotSubmit != null;
	}

	/**
	 * Selects and checkboxes tell the server their state once they are upgraded in the
	 * browser (recorded: a batch of {@code opened-changed}/{@code value-changed} and
	 * {@code checked-changed} events right after a view arrives).
	 */
	private void upgradeComponents() {
		if (pendingUpgrades.isEmpty()) {
			return;
		}
		JsonObject[] events = pendingUpgrades.toArray(JsonObject[]::new);
		pendingUpgrades.clear();
		send(RoundTrips.Kind.EVENT, events);
	}

	private final List<JsonObject> pendingUpgrades = new ArrayList<>();

	/** What the page no longer shows can no longer be used. */
	private void forget(Set<Integer> detached) {
		if (detached.isEmpty()) {
			return;
		}
		searchField = detached.contains(searchField) ? null : searchField;
		supportButton = detached.contains(supportButton) ? null : supportButton;
		commentArea = detached.contains(commentArea) ? null : commentArea;
		commentButton = detached.contains(commentButton) ? null : commentButton;
		ballotSubmit = detached.contains(ballotSubmit) ? null : ballotSubmit;
		ballotBoxes.keySet().removeAll(detached);
	}

	private void forgetPage() {
		searchField = null;
		supportButton = null;
		commentArea = null;
		commentButton = null;
		ballotSubmit = null;
		ballotBoxes.clear();
	}

	private void send(RoundTrips.Kind kind, JsonObject... rpc) {
		JsonObject message = new JsonObject();
		message.addProperty("csrfToken", securityKey);
		JsonArray calls = new JsonArray();
		for (JsonObject call : rpc) {
			calls.add(call);
		}
		message.add("rpc", calls);
		message.addProperty("syncId", syncId);
		message.addProperty("clientId", clientId);
		String answer = body(request("POST", "?v-r=uidl&v-uiId=" + uiId, message.toString(),
				"application/json; charset=UTF-8", kind));
		apply(parse(answer));
		upgradeComponents();
	}

	private void apply(JsonObject uidl) {
		if (uidl.has("meta")) {
			JsonObject meta = uidl.getAsJsonObject("meta");
			if (meta.has("sessionExpired") || meta.has("appError")) {
				throw new SessionFailure("server says " + meta);
			}
		}
		if (uidl.has("resynchronize")) {
			throw new SessionFailure("server asks to resynchronize");
		}
		if (uidl.has("Vaadin-Security-Key")) {
			securityKey = uidl.get("Vaadin-Security-Key").getAsString();
		}
		if (uidl.has("syncId")) {
			syncId = uidl.get("syncId").getAsInt();
		}
		clientId = uidl.has("clientId") ? uidl.get("clientId").getAsInt() : clientId + 1;
		if (uidl.has("changes")) {
			read(uidl.getAsJsonArray("changes"));
		}
		if (uidl.has("execute")) {
			listedInTemplates(uidl.getAsJsonArray("execute").toString());
		}
	}

	/**
	 * The idea list draws its cards in the browser from a template: their links come as
	 * the items' data in a script call, not as nodes.
	 */
	private void listedInTemplates(String calls) {
		List<Long> links = new ArrayList<>();
		Matcher idea = TEMPLATE_IDEA_LINK.matcher(calls);
		while (idea.find()) {
			links.add(Long.valueOf(idea.group(1)));
		}
		if (!links.isEmpty()) {
			ideaIds.clear();
			ideaIds.addAll(links);
		}
	}

	/** Finds what the resident can use among the nodes this answer attached. */
	private void read(JsonArray changes) {
		Map<Integer, String> tags = new HashMap<>();
		Map<Integer, Integer> parents = new HashMap<>();
		Map<Integer, List<String>> classes = new HashMap<>();
		List<Long> links = new ArrayList<>();
		Map<Integer, Boolean> checked = new HashMap<>();
		Set<Integer> detached = new HashSet<>();
		for (JsonElement element : changes) {
			JsonObject change = element.getAsJsonObject();
			int node = change.get("node").getAsInt();
			String type = change.get("type").getAsString();
			int feature = change.has("feat") ? change.get("feat").getAsInt() : -1;
			if ("detach".equals(type)) {
				detached.add(node);
			}
			else if ("put".equals(type) && change.has("value")) {
				String key = change.get("key").getAsString();
				JsonElement value = change.get("value");
				if (feature == ELEMENT_DATA && "tag".equals(key)) {
					tags.put(node, value.getAsString());
				}
				else if (feature == ATTRIBUTES && "href".equals(key) && value.isJsonPrimitive()) {
					Matcher idea = IDEA_LINK.matcher(value.getAsString());
					if (idea.matches()) {
						links.add(Long.valueOf(idea.group(1)));
					}
				}
				else if (feature == PROPERTIES && "checked".equals(key) && value.isJsonPrimitive()) {
					checked.put(node, value.getAsBoolean());
				}
			}
			else if ("splice".equals(type) && feature == CHILDREN && change.has("addNodes")) {
				for (JsonElement child : change.getAsJsonArray("addNodes")) {
					parents.put(child.getAsInt(), node);
				}
			}
			else if ("splice".equals(type) && feature == CLASSES && change.has("add")) {
				List<String> names = classes.computeIfAbsent(node, n -> new ArrayList<>(2));
				change.getAsJsonArray("add").forEach(name -> names.add(name.getAsString()));
			}
		}
		forget(detached);
		checked.forEach((node, value) -> ballotBoxes.computeIfPresent(node, (box, before) -> value));
		if (!links.isEmpty()) {
			ideaIds.clear();
			ideaIds.addAll(links);
		}
		for (Map.Entry<Integer, String> tagged : tags.entrySet()) {
			int node = tagged.getKey();
			String tag = tagged.getValue();
			List<String> own = classes.getOrDefault(node, List.of());
			switch (tag) {
				case "vaadin-text-field" -> {
					if (own.contains("idea-filters__search")) {
						searchField = node;
					}
				}
				case "vaadin-text-area" -> {
					if (within(node, "comment-form", parents, classes)) {
						commentArea = node;
					}
				}
				case "vaadin-button" -> {
					if (own.contains("ballot__submit")) {
						ballotSubmit = node;
					}
					else if (within(node, "idea-support", parents, classes)) {
						supportButton = node;
					}
					else if (within(node, "comment-form", parents, classes) && commentButton == null) {
						commentButton = node;
					}
				}
				case "vaadin-checkbox" -> {
					if (own.contains("ballot__choice")) {
						ballotBoxes.put(node, checked.getOrDefault(node, false));
					}
					pendingUpgrades.add(event(node, "checked-changed", new JsonObject()));
					pendingUpgrades.add(event(node, "indeterminate-changed", new JsonObject()));
				}
				case "vaadin-select" -> {
					pendingUpgrades.add(event(node, "opened-changed", new JsonObject()));
					pendingUpgrades.add(event(node, "value-changed", new JsonObject()));
				}
				default -> {
				}
			}
		}
	}

	private static boolean within(int node, String className, Map<Integer, Integer> parents,
			Map<Integer, List<String>> classes) {
		Integer current = parents.get(node);
		for (int depth = 0; current != null && depth < 8; depth++) {
			if (classes.getOrDefault(current, List.of()).contains(className)) {
				return true;
			}
			current = parents.get(current);
		}
		return false;
	}

	/** An RPC invocation of this type, on this node of the UI's state tree. */
	private static JsonObject invocation(String type, int node) {
		JsonObject invocation = new JsonObject();
		invocation.addProperty("type", type);
		invocation.addProperty("node", node);
		return invocation;
	}

	private static JsonObject event(int node, String name, JsonObject data) {
		JsonObject event = invocation("event", node);
		event.addProperty("event", name);
		event.add("data", data);
		return event;
	}

	private static JsonObject sync(int node, String property, Object value) {
		JsonObject sync = invocation("mSync", node);
		sync.addProperty("feature", PROPERTIES);
		sync.addProperty("property", property);
		if (value instanceof Boolean bool) {
			sync.addProperty("value", bool);
		}
		else {
			sync.addProperty("value", String.valueOf(value));
		}
		return sync;
	}

	private static JsonObject click(int node) {
		JsonObject data = new JsonObject();
		data.addProperty("event.shiftKey", false);
		data.addProperty("event.metaKey", false);
		data.addProperty("event.detail", 1);
		data.addProperty("event.ctrlKey", false);
		data.addProperty("event.clientX", 400);
		data.addProperty("event.clientY", 300);
		data.addProperty("event.altKey", false);
		data.addProperty("event.button", 0);
		data.addProperty("event.screenY", 400);
		data.addProperty("event.screenX", 410);
		return event(node, "click", data);
	}

	private HttpResponse<String> request(String method, String path, String body, String contentType,
			RoundTrips.Kind kind) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
		if (!cookies.isEmpty()) {
			builder.header("Cookie", cookieHeader());
		}
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		long start = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new SessionFailure(kind + " " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SessionFailure("interrupted");
		}
		recorder.get().record(kind, System.nanoTime() - start);
		response.headers().allValues("Set-Cookie").forEach(this::keepCookie);
		return response;
	}

	private static String body(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new SessionFailure("HTTP " + response.statusCode() + " for " + response.request().method() + " "
					+ response.request().uri().getRawQuery());
		}
		return response.body();
	}

	private static JsonObject parse(String body) {
		String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
		JsonElement parsed = JsonParser.parseString(json);
		if (parsed.isJsonArray()) {
			parsed = parsed.getAsJsonArray().get(0);
		}
		return parsed.getAsJsonObject();
	}

	private void keepCookie(String header) {
		String pair = header.split(";", 2)[0];
		int equals = pair.indexOf('=');
		if (equals > 0) {
			cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
		}
	}

	private String cookieHeader() {
		StringBuilder header = new StringBuilder();
		cookies.forEach(
				(name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
		return header.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Anything a browser would show as an error, or a page without what the resident came
	 * for.
	 */
	static final class SessionFailure extends RuntimeException {

		SessionFailure(String message) {
			super(message, null, false, false);
		}

	}

}
