/**
 * The local programme as configuration: the area with its boundary, the national
 * programme goals and the local themes that ideas are filed under.
 */
@ApplicationModule(displayName = "Programme")
package nl.wijkstem.programme;

import org.springframework.modulith.ApplicationModule;
