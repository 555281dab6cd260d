package nl.wijkstem.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.LocalizedText;

/**
 * One of the local programme's themes (such as safety or liveability); an idea may touch
 * several.
 */
@Entity
@Table(name = "local_theme")
class LocalTheme extends Classification {

	protected LocalTheme() {
	}

	LocalTheme(Long areaId, String code, int sortOrder, LocalizedText name, LocalizedText description) {
		super(areaId, code, sortOrder, name, description);
	}

}
