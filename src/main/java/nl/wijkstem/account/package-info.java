/**
 * The people who use Wijkstem: a local account per person who signed in, kept as small as
 * the law asks (no citizen service number, ever).
 */
@ApplicationModule(displayName = "Accounts")
package nl.wijkstem.account;

import org.springframework.modulith.ApplicationModule;
