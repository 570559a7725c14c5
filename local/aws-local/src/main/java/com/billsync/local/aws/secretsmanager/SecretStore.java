package com.billsync.local.aws.secretsmanager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Secrets Manager's semantics, with every operation serialised on this object (the fake serves a handful of
 * calls per test, so one lock costs nothing and keeps version-stage moves atomic).
 *
 * <p>Version ids are the callers' ClientRequestTokens, as in the real service: the SDK sends a fresh token per
 * logical call and the same one on a retry, so a repeated token with the same value is answered, not applied
 * twice.
 */
final class SecretStore {

  static final String CURRENT = "AWSCURRENT";
  static final String PREVIOUS = "AWSPREVIOUS";

  private static final String ARN_SUFFIX_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /** Result of a call that may have written a version; {@code version} is null when none was involved. */
  record Written(Secret secret, SecretVersion version) {}

  private final Clock clock;
  private final String arnPrefix;
  private final SecretsFile file;
  /** By name, in creation order: ListSecrets answers in that order. */
  private final Map<String, Secret> secrets = new LinkedHashMap<>();

  SecretStore(Clock clock, String region, String accountId, Optional<SecretsFile> file) {
    this.clock = clock;
    this.arnPrefix = "arn:aws:secretsmanager:" + region + ":" + accountId + ":secret:";
    this.file = file.orElse(null);
    if (this.file != null) {
      this.file.load().forEach(s -> secrets.put(s.name(), s));
    }
  }

  synchronized Written create(
      String name, String token, SecretValue value, String description, String kmsKeyId, List<Secret.Tag> tags) {
    purgeExpired();
    Secret existing = secrets.get(name);
    if (existing != null) {
      if (existing.pendingDeletion()) {
        throw SecretsManagerException.invalidRequest("You can't create this secret because a secret with this "
            + "name is already scheduled for deletion.");
      }
      // A retried CreateSecret (same token, same value) succeeds with the original answer.
      Optional<SecretVersion> same = Optional.ofNullable(token).flatMap(existing::version)
          .filter(v -> v.value().equals(value));
      if (same.isPresent()) {
        return new Written(existing, same.get());
      }
      throw SecretsManagerException.exists("The operation failed because the secret " + name + " already exists.");
    }
    Instant now = clock.instant();
    List<SecretVersion> versions = new ArrayList<>();
    SecretVersion version = null;
    if (value != null) {
      version = new SecretVersion(versionId(token), value, now, List.of(CURRENT));
      versions.add(version);
    }
    Secret secret = new Secret(arnPrefix + name + "-" + arnSuffix(), name, description, kmsKeyId, tags, now, now,
        null, null, versions);
    secrets.put(name, secret);
    save();
    return new Written(secret, version);
  }

  synchronized Written putValue(String secretId, String token, SecretValue value, List<String> stages) {
    purgeExpired();
    Secret secret = active(secretId);
    Written written = addVersion(secret, token, value, stages.isEmpty() ? List.of(CURRENT) : stages);
    save();
    return written;
  }

  /** Changes description/KMS key when given, and adds a new AWSCURRENT version when a value is given. */
  synchronized Written update(String secretId, String token, SecretValue value, String description, String kmsKeyId) {
    purgeExpired();
    Secret secret = active(secretId);
    if (description != null || kmsKeyId != null) {
      secret = secret.withMetadata(description != null ? description : secret.description(),
          kmsKeyId != null ? kmsKeyId : secret.kmsKeyId(), clock.instant());
      secrets.put(secret.name(), secret);
    }
    Written written = value == null ? new Written(secret, null) : addVersion(secret, token, value, List.of(CURRENT));
    save();
    return written;
  }

  synchronized Written getValue(String secretId, String versionId, String stage) {
    purgeExpired();
    Secret secret = active(secretId);
    SecretVersion version;
    if (versionId != null) {
      version = secret.version(versionId).orElseThrow(() -> SecretsManagerException.notFound(
          "Secrets Manager can't find the specified secret value for VersionId: " + versionId));
      if (stage != null && !version.has(stage)) {
        throw SecretsManagerException.invalidRequest("The version " + versionId + " does not have the staging "
            + "label " + stage + ".");
      }
    } else {
      String wanted = stage != null ? stage : CURRENT;
      version = secret.versionWithStage(wanted).orElseThrow(() -> SecretsManagerException.notFound(
          "Secrets Manager can't find the specified secret value for staging label: " + wanted));
    }
    return new Written(secret, version);
  }

  /** Works on a secret scheduled for deletion too, as in the real service: that is how you find its date. */
  synchronized Secret describe(String secretId) {
    purgeExpired();
    return find(secretId);
  }

  /**
   * @param recoveryWindowDays null = the service default of 30 days
   * @return the secret as deleted; its {@code deletion} is when it is (or was, when forced) purged
   */
  synchronized Secret delete(String secretId, Integer recoveryWindowDays, boolean force) {
    purgeExpired();
    if (force && recoveryWindowDays != null) {
      throw SecretsManagerException.invalidParameter("You can't use ForceDeleteWithoutRecovery in conjunction "
          + "with RecoveryWindowInDays.");
    }
    if (recoveryWindowDays != null && (recoveryWindowDays < 7 || recoveryWindowDays > 30)) {
      throw SecretsManagerException.invalidParameter("The RecoveryWindowInDays value must be between 7 and 30 "
          + "days (inclusive).");
    }
    Secret secret = find(secretId);
    Instant now = clock.instant();
    if (force) {
      secrets.remove(secret.name());
      save();
      return secret.withDeletion(now, now);
    }
    if (secret.pendingDeletion()) {
      throw SecretsManagerException.invalidRequest("You can't perform this operation on the secret because it "
          + "was already scheduled for deletion.");
    }
    int days = recoveryWindowDays != null ? recoveryWindowDays : 30;
    Secret deleted = secret.withDeletion(now, now.plus(Duration.ofDays(days)));
    secrets.put(deleted.name(), deleted);
    save();
    return deleted;
  }

  /** Cancels a scheduled deletion; restoring an active secret is a no-op, as in the real service. */
  synchronized Secret restore(String secretId) {
    purgeExpired();
    Secret restored = find(secretId).withDeletion(null, null);
    secrets.put(restored.name(), restored);
    save();
    return restored;
  }

  synchronized List<Secret> list(boolean includePlannedDeletion) {
    purgeExpired();
    return secrets.values().stream().filter(s -> includePlannedDeletion || !s.pendingDeletion()).toList();
  }

  private Written addVersion(Secret secret, String token, SecretValue value, List<String> stages) {
    String id = versionId(token);
    Optional<SecretVersion> existing = secret.version(id);
    if (existing.isPresent()) {
      if (existing.get().value().equals(value)) {
        return new Written(secret, existing.get()); // a retry of the call that created it
      }
      throw SecretsManagerException.exists("You can't modify an existing version, you can only create new "
          + "versions.");
    }
    Instant now = clock.instant();
    List<String> labels = new ArrayList<>(stages);
    if (secret.versionWithStage(CURRENT).isEmpty() && !labels.contains(CURRENT)) {
      labels.add(CURRENT); // the first value of a secret is always current
    }
    SecretVersion added = new SecretVersion(id, value, now, labels);
    Secret changed = secret.withVersions(moveStages(secret.versions(), added), now);
    secrets.put(changed.name(), changed);
    return new Written(changed, added);
  }

  /**
   * Attaches {@code added}'s labels to it, taking them off whichever versions held them. When AWSCURRENT moves,
   * the version that held it becomes AWSPREVIOUS; versions left without labels stay, deprecated, as in AWS.
   */
  private static List<SecretVersion> moveStages(List<SecretVersion> versions, SecretVersion added) {
    Collection<String> moving = added.stages();
    String previousCurrent = null;
    List<SecretVersion> result = new ArrayList<>();
    for (SecretVersion v : versions) {
      if (moving.contains(CURRENT) && v.has(CURRENT)) {
        previousCurrent = v.id();
      }
      result.add(v.withStages(v.stages().stream().filter(s -> !moving.contains(s)).toList()));
    }
    if (previousCurrent != null) {
      for (int i = 0; i < result.size(); i++) {
        SecretVersion v = result.get(i);
        List<String> stages = new ArrayList<>(v.stages());
        stages.remove(PREVIOUS);
        if (v.id().equals(previousCurrent)) {
          stages.add(PREVIOUS);
        }
        result.set(i, v.withStages(stages));
      }
    }
    result.add(added);
    return result;
  }

  private Secret active(String secretId) {
    Secret secret = find(secretId);
    if (secret.pendingDeletion()) {
      throw SecretsManagerException.invalidRequest("You can't perform this operation on the secret because it "
          + "was marked for deletion.");
    }
    return secret;
  }

  /** By name, full ARN, or partial ARN (the ARN without its random six-character suffix). */
  private Secret find(String secretId) {
    if (secretId == null || secretId.isEmpty()) {
      throw SecretsManagerException.invalidParameter("You must provide a SecretId.");
    }
    Secret byName = secrets.get(secretId);
    if (byName != null) {
      return byName;
    }
    return secrets.values().stream()
        .filter(s -> s.arn().equals(secretId) || s.arn().substring(0, s.arn().length() - 7).equals(secretId))
        .findFirst()
        .orElseThrow(() -> SecretsManagerException.notFound("Secrets Manager can't find the specified secret."));
  }

  /** Ends recovery windows that have run out, lazily: there is no background thread to forget to stop. */
  private void purgeExpired() {
    Instant now = clock.instant();
    if (secrets.values().removeIf(s -> s.deletion() != null && !s.deletion().isAfter(now))) {
      save();
    }
  }

  private void save() {
    if (file != null) {
      file.save(List.copyOf(secrets.values()));
    }
  }

  private static String versionId(String token) {
    if (token == null) {
      return UUID.randomUUID().toString();
    }
    if (token.length() < 32 || token.length() > 64) {
      throw SecretsManagerException.invalidParameter("ClientRequestToken must be 32 to 64 characters long.");
    }
    return token;
  }

  private static String arnSuffix() {
    StringBuilder suffix = new StringBuilder(6);
    for (int i = 0; i < 6; i++) {
      suffix.append(ARN_SUFFIX_CHARS.charAt(ThreadLocalRandom.current().nextInt(ARN_SUFFIX_CHARS.length())));
    }
    return suffix.toString();
  }
}
