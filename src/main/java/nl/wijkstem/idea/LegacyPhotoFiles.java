package nl.wijkstem.idea;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Installations before photos moved into the database kept them as files in a directory
 * ({@code wijkstem.ideas.photo-directory}). At start-up each file that belongs to a photo
 * is copied into the database, and then every file there is deleted: also partial files
 * left by an interrupted upload and files no photo refers to, which may hold personal
 * data. A directory that cannot be read is reported and left alone.
 */
@Component
class LegacyPhotoFiles {

	private static final Logger log = LoggerFactory.getLogger(LegacyPhotoFiles.class);

	private final IdeaProperties properties;

	private final PhotoStorage storage;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	LegacyPhotoFiles(IdeaProperties properties, PhotoStorage storage, JdbcTemplate jdbc,
			TransactionTemplate transaction) {
		this.properties = properties;
		this.storage = storage;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	void moveIntoTheDatabase() {
		Path directory = properties.photoDirectory();
		if (!Files.isDirectory(directory)) {
			return;
		}
		Set<String> referenced = new HashSet<>(jdbc.queryForList("select stored_name from idea_photo", String.class));
		int imported = 0;
		int removed = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
			for (Path file : files) {
				if (!Files.isRegularFile(file)) {
					continue;
				}
				String name = file.getFileName().toString();
				if (referenced.contains(name) && !storage.holds(name)) {
					byte[] bytes = Files.readAllBytes(file);
					try {
						transaction.executeWithoutResult(status -> storage.store(name, bytes));
						imported++;
					}
					catch (DataIntegrityViolationException alreadyThere) {
						// another node imported it at the same moment
					}
				}
				Files.delete(file);
				removed++;
			}
		}
		catch (IOException ex) {
			log.warn("Could not move the photo files in {} into the database: {}", directory, ex.toString());
			return;
		}
		if (removed > 0) {
			log.info("Moved {} photo files into the database and removed {} files from {}", imported, removed,
					directory);
		}
	}

}
