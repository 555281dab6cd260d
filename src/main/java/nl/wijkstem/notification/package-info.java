/**
 * Telling residents what happened to what they sent in, support or follow, through every
 * {@link nl.wijkstem.notification.NoticeChannel}: in the app, and by e-mail
 * ({@code notification.mail}, an outbox written in the listener's transaction and sent by
 * a worker). Following lives here too.
 * <p>
 * Every notice is a reaction after commit ({@code @ApplicationModuleListener}): written
 * down in the event publication registry in the transaction of the action, run after it
 * in a transaction of its own, and run again at start when a crash came in between.
 */
@ApplicationModule(displayName = "Notifications")
package nl.wijkstem.notification;

import org.springframework.modulith.ApplicationModule;
