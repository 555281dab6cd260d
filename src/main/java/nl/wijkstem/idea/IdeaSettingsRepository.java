package nl.wijkstem.idea;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdeaSettingsRepository extends JpaRepository<IdeaSettings, Long> {

}
