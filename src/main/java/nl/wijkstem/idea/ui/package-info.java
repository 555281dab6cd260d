/**
 * The idea views; other modules' views link to them (an idea's page, the proposal form).
 */
@NamedInterface("ui")
package nl.wijkstem.idea.ui;

import org.springframework.modulith.NamedInterface;
