package nl.wijkstem.idea;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Photo files in a directory outside the web root, under random names; they are only ever
 * served through the checked photo address.
 */
@Component
class PhotoStorage {

	private final Path directory;

	PhotoStorage(IdeaProperties properties) {
		try {
			directory = Files.createDirectories(properties.photoDirectory()).toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot use the photo directory " + properties.photoDirectory(), ex);
		}
	}

	String store(byte[] bytes, String extension) {
		String name = UUID.randomUUID() + "." + extension;
		try {
			Files.write(resolve(name), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return name;
	}

	/**
	 * Stores the file for the current transaction: it is deleted again when the
	 * transaction does not commit, so no file outlives a refused change.
	 */
	String storeUntilRollback(byte[] bytes, String extension) {
		String stored = store(bytes, extension);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					delete(stored);
				}
			}
		});
		return stored;
	}

	byte[] read(String name) {
		try {
			return Files.readAllBytes(resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String name) {
		try {
			Files.deleteIfExists(resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path resolve(String name) {
		Path file = directory.resolve(name).normalize();
		if (!file.getParent().equals(directory)) {
			throw new IllegalArgumentException("Not a photo name: " + name);
		}
		return file;
	}

}
