/**
 * The programme's views and the area map, which other modules' views reuse.
 */
@NamedInterface("ui")
package nl.wijkstem.programme.ui;

import org.springframework.modulith.NamedInterface;
