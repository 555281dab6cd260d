package nl.wijkstem.programme;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.base.LocalizedText;

/**
 * Something ideas are filed under: a programme goal or a local theme. Both have a stable
 * code, a place in the order and a name and description in both languages.
 */
@MappedSuperclass
abstract class Classification extends AbstractEntity {

	private Long areaId;

	private String code;

	private int sortOrder;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "nl", column = @Column(name = "name_nl", nullable = false)),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalizedText name;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "nl", column = @Column(name = "description_nl")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private LocalizedText description;

	protected Classification() {
	}

	protected Classification(Long areaId, String code, int sortOrder, LocalizedText name, LocalizedText description) {
		this.areaId = areaId;
		this.code = code;
		this.sortOrder = sortOrder;
		this.name = name;
		this.description = description;
	}

	String getCode() {
		return code;
	}

	LocalizedText getName() {
		return name;
	}

	LocalizedText getDescription() {
		return description == null ? new LocalizedText("", "") : description;
	}

}
