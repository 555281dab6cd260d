package nl.wijkstem.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * The neighbourhood this installation serves and the programme that runs there.
 */
@Entity
@Table(name = "area")
class Area extends AbstractEntity {

	@Column(unique = true)
	private String code;

	private String name;

	private String municipality;

	private String programmeName;

	@Column(name = "boundary_geojson", nullable = false)
	private String boundaryGeoJson;

	private String defectsReportUrl;

	protected Area() {
	}

	Area(String code, String name, String municipality, String programmeName, String boundaryGeoJson,
			String defectsReportUrl) {
		this.code = code;
		this.name = name;
		this.municipality = municipality;
		this.programmeName = programmeName;
		this.boundaryGeoJson = boundaryGeoJson;
		this.defectsReportUrl = defectsReportUrl;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getMunicipality() {
		return municipality;
	}

	String getProgrammeName() {
		return programmeName;
	}

	String getBoundaryGeoJson() {
		return boundaryGeoJson;
	}

	String getDefectsReportUrl() {
		return defectsReportUrl;
	}

}
