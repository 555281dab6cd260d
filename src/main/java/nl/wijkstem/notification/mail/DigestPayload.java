package nl.wijkstem.notification.mail;

import java.time.LocalDate;

import nl.wijkstem.notification.Cadence;
import tools.jackson.databind.json.JsonMapper;

/**
 * A digest in the outbox: its items are the {@code digest_item} rows that point to it.
 *
 * @param periodStart the Dutch date of the day or Monday it covers up to
 */
record DigestPayload(Cadence cadence, LocalDate periodStart) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static DigestPayload of(String json) {
		return JSON.readValue(json, DigestPayload.class);
	}

	String json() {
		return JSON.writeValueAsString(this);
	}

}
