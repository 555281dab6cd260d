package nl.wijkstem.idea;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A resident supports an idea. The database allows one per resident per idea.
 */
@Entity
@Table(name = "idea_support")
class Support {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ideaId;

	private Long accountId;

	private Instant createdAt;

	protected Support() {
	}

	Support(Long ideaId, Long accountId, Instant createdAt) {
		this.ideaId = ideaId;
		this.accountId = accountId;
		this.createdAt = createdAt;
	}

	Long getIdeaId() {
		return ideaId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
