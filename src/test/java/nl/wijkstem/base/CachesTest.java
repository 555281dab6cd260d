package nl.wijkstem.base;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;

class CachesTest {

	private final TestClock clock = new TestClock();

	private final CacheManager caches = new Caches().cacheManager(clock);

	@Test
	void everyCache_isBounded_andExpires() {
		assertThat(Caches.SPECS).allSatisfy(spec -> {
			assertThat(spec.maximumSize()).as(spec.name()).isPositive();
			assertThat(spec.expireAfterWrite() != null || spec.expireAfterAccess() != null).as(spec.name()).isTrue();
		});
		assertThat(caches.getCacheNames())
			.containsExactlyInAnyOrderElementsOf(Caches.SPECS.stream().map(Caches.Spec::name).toList());
	}

	@Test
	void aCacheNotConfiguredHere_doesNotExist() {
		assertThat(caches.getCache("eligibilty")).isNull();
	}

	@Test
	void aFullCache_evictsSomeEntries_neverEmptiesCompletely() {
		org.springframework.cache.Cache overviews = caches.getCache(Caches.PROGRAMME_OVERVIEW);
		long maximum = Caches.spec(Caches.PROGRAMME_OVERVIEW).maximumSize();

		for (int i = 0; i < maximum * 5; i++) {
			overviews.put("overview " + i, "goals " + i);
		}

		Cache<?, ?> underlying = (Cache<?, ?>) overviews.getNativeCache();
		underlying.cleanUp();
		assertThat(underlying.estimatedSize()).isEqualTo(maximum);
		assertThat(overviews.get("overview " + (maximum * 5 - 1))).isNotNull();
	}

	@Test
	void entries_expireOnTheApplicationsClock() {
		org.springframework.cache.Cache eligibility = caches.getCache(Caches.ELIGIBILITY);
		eligibility.put(42L, Boolean.TRUE);

		clock.moveBy(Caches.ELIGIBILITY_TRUSTED_FOR.minusSeconds(1));
		assertThat(eligibility.get(42L)).isNotNull();
		clock.moveBy(Duration.ofSeconds(2));
		assertThat(eligibility.get(42L)).isNull();
	}

}
