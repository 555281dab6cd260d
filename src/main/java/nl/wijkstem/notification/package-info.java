/**
 * Telling residents what happened to what they sent in. In-app notices now; every channel
 * implements {@link nl.wijkstem.notification.NoticeChannel}, so e-mail can be added
 * without touching the modules that cause notices.
 */
@ApplicationModule(displayName = "Notifications")
package nl.wijkstem.notification;

import org.springframework.modulith.ApplicationModule;
