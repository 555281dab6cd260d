package nl.wijkstem.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.LocalizedText;

/**
 * One of the national programme's goals; every published idea is filed under exactly one
 * of them.
 */
@Entity
@Table(name = "programme_goal")
class ProgrammeGoal extends Classification {

	protected ProgrammeGoal() {
	}

	ProgrammeGoal(Long areaId, String code, int sortOrder, LocalizedText name, LocalizedText description) {
		super(areaId, code, sortOrder, name, description);
	}

}
