/**
 * The shared kernel: entity base, security, languages and the application shell. Every
 * feature module may use it; it depends on none of them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.wijkstem.base;

import org.springframework.modulith.ApplicationModule;
