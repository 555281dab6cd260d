/**
 * Telling residents what happened to what they sent in. In-app notices now; every channel
 * implements {@link nl.wijkstem.notification.NoticeChannel}, so e-mail can be added
 * without touching the modules that cause notices.
 * <p>
 * Every notice is a reaction after commit ({@code @ApplicationModuleListener}): written
 * down in the event publication registry in the transaction of the action, run after it
 * in a transaction of its own, and run again at start when a crash came in between.
 */
@ApplicationModule(displayName = "Notifications")
package nl.wijkstem.notification;

import org.springframework.modulith.ApplicationModule;
