package com.billsync.local.aws.secretsmanager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A secret's metadata and versions, replaced as a whole on every change.
 *
 * @param deleted when DeleteSecret was called with a recovery window; null while active
 * @param deletion when the recovery window ends and the secret is purged; null while active
 */
record Secret(
    String arn,
    String name,
    String description,
    String kmsKeyId,
    List<Tag> tags,
    Instant created,
    Instant lastChanged,
    Instant deleted,
    Instant deletion,
    List<SecretVersion> versions) {

  Secret {
    tags = List.copyOf(tags);
    versions = List.copyOf(versions);
  }

  /** A tag as the API carries it. */
  record Tag(String key, String value) {}

  /** Not named isX: Jackson would persist an is-getter as a property. */
  boolean pendingDeletion() {
    return deleted != null;
  }

  Optional<SecretVersion> version(String id) {
    return versions.stream().filter(v -> v.id().equals(id)).findFirst();
  }

  Optional<SecretVersion> versionWithStage(String stage) {
    return versions.stream().filter(v -> v.has(stage)).findFirst();
  }

  Secret withVersions(List<SecretVersion> newVersions, Instant changed) {
    return new Secret(arn, name, description, kmsKeyId, tags, created, changed, deleted, deletion, newVersions);
  }

  Secret withMetadata(String newDescription, String newKmsKeyId, Instant changed) {
    return new Secret(arn, name, newDescription, newKmsKeyId, tags, created, changed, deleted, deletion, versions);
  }

  Secret withDeletion(Instant newDeleted, Instant newDeletion) {
    return new Secret(arn, name, description, kmsKeyId, tags, created, lastChanged, newDeleted, newDeletion, versions);
  }
}
