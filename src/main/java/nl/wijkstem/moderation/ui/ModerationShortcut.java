package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;

/**
 * The keyboard shortcuts of the moderator's item page, in one place: the page lists them
 * ({@link ShortcutHelp}) and the controls carry them in {@code aria-keyshortcuts}.
 * <p>
 * Alt with a letter: not used by screen readers (NVDA and JAWS use Insert or Caps Lock,
 * VoiceOver Control with Option) nor by Chrome and Firefox for these letters (Alt+D, E,
 * F, H, B, S, T and V open browser menus and are left alone).
 */
enum ModerationShortcut {

	PUBLISH(Key.KEY_P), REQUEST_CHANGES(Key.KEY_W), REJECT(Key.KEY_A), USE_SUGGESTION(Key.KEY_G),
	SAVE_AND_NEXT(Key.KEY_N);

	static final KeyModifier MODIFIER = KeyModifier.ALT;

	private final Key key;

	ModerationShortcut(Key key) {
		this.key = key;
	}

	Key key() {
		return key;
	}

	/**
	 * As {@code aria-keyshortcuts} and the page write it, {@code Alt+P}: made of the key
	 * names themselves (a letter's key code is {@code KeyP}, the letter after "Key").
	 */
	String label() {
		return MODIFIER.getKeys().getFirst() + "+" + key.getKeys().getFirst().substring(3);
	}

}
