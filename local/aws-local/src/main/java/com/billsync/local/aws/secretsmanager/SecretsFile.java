package com.billsync.local.aws.secretsmanager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The fake's secrets as one JSON file, rewritten after each change through a temporary file and an atomic move,
 * so a crash mid-write leaves the previous state rather than half a file. Values are stored in clear: this is a
 * dev-only store for dummy credentials.
 */
final class SecretsFile {

  /** The file's shape; the version field lets a later layout be told apart. */
  record Contents(int formatVersion, List<Secret> secrets) {}

  private static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final Path path;

  SecretsFile(Path path) {
    this.path = path.toAbsolutePath();
  }

  List<Secret> load() {
    if (!Files.exists(path)) {
      return List.of();
    }
    try {
      Contents contents = JSON.readValue(path.toFile(), Contents.class);
      if (contents.formatVersion() != FORMAT_VERSION) {
        throw new IllegalStateException("unknown secrets file format " + contents.formatVersion() + ": " + path);
      }
      return contents.secrets() == null ? List.of() : contents.secrets();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read secrets file " + path, e);
    }
  }

  void save(List<Secret> secrets) {
    try {
      Files.createDirectories(path.getParent());
      Path temp = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".tmp");
      JSON.writeValue(temp.toFile(), new Contents(FORMAT_VERSION, secrets));
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write secrets file " + path, e);
    }
  }
}
