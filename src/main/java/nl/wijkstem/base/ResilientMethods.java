package nl.wijkstem.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Switches on Spring's {@code @Retryable}. Its advice goes around any advice the method
 * already has, so a retried transactional method gets a new transaction each attempt.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilientMethods {

}
