package nl.wijkstem.idea;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's choice of moderation before or after publishing, which everyone may
 * read (the propose form tells residents which applies).
 */
@Service
@Transactional(readOnly = true)
public class IdeaSettingsService {

	private final IdeaSettingsRepository settings;

	IdeaSettingsService(IdeaSettingsRepository settings) {
		this.settings = settings;
	}

	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public void setPostModeration(boolean postModeration) {
		settings.getReferenceById(IdeaSettings.ID).setPostModeration(postModeration);
	}

	@PermitAll
	public boolean isPostModeration() {
		return settings.getReferenceById(IdeaSettings.ID).isPostModeration();
	}

}
