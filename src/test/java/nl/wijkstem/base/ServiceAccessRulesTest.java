package nl.wijkstem.base;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceAccessRulesTest {

	private static final Set<Class<? extends Annotation>> ACCESS_RULES = Set.of(PreAuthorize.class, PostAuthorize.class,
			PermitAll.class, RolesAllowed.class, DenyAll.class);

	@Test
	void everyPublicServiceMethod_hasAnExplicitAccessRule() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
		List<String> unguarded = new ArrayList<>();
		Set<BeanDefinition> services = scanner.findCandidateComponents("nl.wijkstem");
		assertThat(services).isNotEmpty();
		for (BeanDefinition definition : services) {
			Class<?> service = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
			boolean classRule = hasRule(service.getAnnotations());
			for (Method method : service.getDeclaredMethods()) {
				if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !classRule
						&& !hasRule(method.getAnnotations())) {
					unguarded.add(service.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(unguarded).as("service methods without @PreAuthorize, @PermitAll, @RolesAllowed or @DenyAll")
			.isEmpty();
	}

	private static boolean hasRule(Annotation[] annotations) {
		for (Annotation annotation : annotations) {
			if (ACCESS_RULES.contains(annotation.annotationType())) {
				return true;
			}
		}
		return false;
	}

}
