package com.billsync.local.aws.secretsmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The AWS JSON 1.1 shapes of the supported operations, mapped onto {@link SecretStore}. Field names are the
 * service's (PascalCase); timestamps go out as epoch seconds, as the protocol requires.
 */
final class SecretsManagerApi {

  private static final int MAX_RESULTS = 100;

  private final SecretStore store;
  private final ObjectMapper json;

  SecretsManagerApi(SecretStore store, ObjectMapper json) {
    this.store = store;
    this.json = json;
  }

  ObjectNode handle(String operation, JsonNode request) {
    return switch (operation) {
      case "CreateSecret" -> createSecret(request);
      case "GetSecretValue" -> getSecretValue(request);
      case "PutSecretValue" -> putSecretValue(request);
      case "UpdateSecret" -> updateSecret(request);
      case "DescribeSecret" -> describeSecret(request);
      case "DeleteSecret" -> deleteSecret(request);
      case "RestoreSecret" -> restoreSecret(request);
      case "ListSecrets" -> listSecrets(request);
      default -> throw new SecretsManagerException("UnknownOperationException",
          "The fake does not implement secretsmanager." + operation);
    };
  }

  private ObjectNode createSecret(JsonNode request) {
    String name = text(request, "Name");
    if (name == null || name.isEmpty() || name.length() > 512) {
      throw SecretsManagerException.invalidParameter("Name must be 1 to 512 characters long.");
    }
    List<Secret.Tag> tags = new ArrayList<>();
    request.path("Tags").forEach(t -> tags.add(new Secret.Tag(text(t, "Key"), text(t, "Value"))));
    SecretStore.Written written = store.create(name, text(request, "ClientRequestToken"), value(request),
        text(request, "Description"), text(request, "KmsKeyId"), tags);
    return identity(written.secret(), written.version());
  }

  private ObjectNode getSecretValue(JsonNode request) {
    SecretStore.Written read =
        store.getValue(text(request, "SecretId"), text(request, "VersionId"), text(request, "VersionStage"));
    SecretVersion version = read.version();
    ObjectNode response = identity(read.secret(), version);
    if (version.value().string() != null) {
      response.put("SecretString", version.value().string());
    } else {
      response.put("SecretBinary", version.value().binaryBase64());
    }
    stages(response.putArray("VersionStages"), version.stages());
    response.put("CreatedDate", epochSeconds(version.created()));
    return response;
  }

  private ObjectNode putSecretValue(JsonNode request) {
    SecretValue value = value(request);
    if (value == null) {
      throw SecretsManagerException.invalidParameter("You must provide either SecretString or SecretBinary.");
    }
    List<String> stages = new ArrayList<>();
    request.path("VersionStages").forEach(s -> stages.add(s.asText()));
    SecretStore.Written written =
        store.putValue(text(request, "SecretId"), text(request, "ClientRequestToken"), value, stages);
    ObjectNode response = identity(written.secret(), written.version());
    stages(response.putArray("VersionStages"), written.version().stages());
    return response;
  }

  private ObjectNode updateSecret(JsonNode request) {
    SecretStore.Written written = store.update(text(request, "SecretId"), text(request, "ClientRequestToken"),
        value(request), text(request, "Description"), text(request, "KmsKeyId"));
    return identity(written.secret(), written.version());
  }

  private ObjectNode describeSecret(JsonNode request) {
    Secret secret = store.describe(text(request, "SecretId"));
    ObjectNode response = summary(secret);
    writeVersionStages(response.putObject("VersionIdsToStages"), secret);
    return response;
  }

  private ObjectNode deleteSecret(JsonNode request) {
    JsonNode window = request.get("RecoveryWindowInDays");
    Secret deleted = store.delete(text(request, "SecretId"),
        window == null || window.isNull() ? null : window.asInt(),
        request.path("ForceDeleteWithoutRecovery").asBoolean(false));
    ObjectNode response = identity(deleted, null);
    response.put("DeletionDate", epochSeconds(deleted.deletion()));
    return response;
  }

  private ObjectNode restoreSecret(JsonNode request) {
    return identity(store.restore(text(request, "SecretId")), null);
  }

  private ObjectNode listSecrets(JsonNode request) {
    Predicate<Secret> matches = filters(request.path("Filters"));
    List<Secret> all = store.list(request.path("IncludePlannedDeletion").asBoolean(false)).stream()
        .filter(matches)
        .toList();
    if ("desc".equalsIgnoreCase(text(request, "SortOrder"))) {
      all = all.reversed();
    }
    int max = request.path("MaxResults").asInt(MAX_RESULTS);
    if (max < 1 || max > MAX_RESULTS) {
      throw SecretsManagerException.invalidParameter("MaxResults must be 1 to 100.");
    }
    int from = decodeToken(text(request, "NextToken"));
    int to = Math.min(all.size(), from + max);
    ObjectNode response = json.createObjectNode();
    ArrayNode list = response.putArray("SecretList");
    for (Secret secret : all.subList(Math.min(from, all.size()), to)) {
      ObjectNode entry = summary(secret);
      writeVersionStages(entry.putObject("SecretVersionsToStages"), secret);
      list.add(entry);
    }
    if (to < all.size()) {
      response.put("NextToken", encodeToken(to));
    }
    return response;
  }

  /**
   * Filters AND together, values within a filter OR together; each value is a prefix, negated by a leading
   * {@code !}. {@code name}, tags and the rest are case-sensitive; {@code description} and {@code all} are not.
   */
  private static Predicate<Secret> filters(JsonNode filters) {
    Predicate<Secret> all = s -> true;
    for (JsonNode filter : filters) {
      String key = text(filter, "Key");
      List<String> values = new ArrayList<>();
      filter.path("Values").forEach(v -> values.add(v.asText()));
      Predicate<Secret> any = s -> values.stream().anyMatch(v -> matches(key, v, s));
      all = all.and(any);
    }
    return all;
  }

  private static boolean matches(String key, String value, Secret secret) {
    boolean negate = value.startsWith("!");
    String prefix = negate ? value.substring(1) : value;
    boolean hit = switch (key == null ? "" : key) {
      case "name" -> secret.name().startsWith(prefix);
      case "description" -> startsWithIgnoreCase(secret.description(), prefix);
      case "tag-key" -> secret.tags().stream().anyMatch(t -> t.key() != null && t.key().startsWith(prefix));
      case "tag-value" -> secret.tags().stream().anyMatch(t -> t.value() != null && t.value().startsWith(prefix));
      case "all" -> Stream.concat(Stream.of(secret.name(), secret.description()),
              secret.tags().stream().flatMap(t -> Stream.of(t.key(), t.value())))
          .anyMatch(attribute -> startsWithIgnoreCase(attribute, prefix));
      case "primary-region", "owning-service" -> false; // the fake has neither replicas nor managed secrets
      default -> throw SecretsManagerException.invalidParameter("Unsupported filter key " + key + ".");
    };
    return hit != negate;
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text != null && text.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
  }

  private ObjectNode identity(Secret secret, SecretVersion version) {
    ObjectNode response = json.createObjectNode();
    response.put("ARN", secret.arn());
    response.put("Name", secret.name());
    if (version != null) {
      response.put("VersionId", version.id());
    }
    return response;
  }

  private ObjectNode summary(Secret secret) {
    ObjectNode response = identity(secret, null);
    putIfPresent(response, "Description", secret.description());
    putIfPresent(response, "KmsKeyId", secret.kmsKeyId());
    response.put("CreatedDate", epochSeconds(secret.created()));
    response.put("LastChangedDate", epochSeconds(secret.lastChanged()));
    if (secret.deleted() != null) {
      response.put("DeletedDate", epochSeconds(secret.deleted()));
    }
    if (!secret.tags().isEmpty()) {
      ArrayNode tags = response.putArray("Tags");
      secret.tags().forEach(t -> tags.addObject().put("Key", t.key()).put("Value", t.value()));
    }
    return response;
  }

  /** Only versions that still carry a label are listed, as the service does; deprecated ones are left out. */
  private static void writeVersionStages(ObjectNode target, Secret secret) {
    secret.versions().stream()
        .filter(v -> !v.stages().isEmpty())
        .forEach(v -> stages(target.putArray(v.id()), v.stages()));
  }

  private static void stages(ArrayNode target, List<String> stages) {
    stages.forEach(target::add);
  }

  private static SecretValue value(JsonNode request) {
    String string = text(request, "SecretString");
    String binary = text(request, "SecretBinary");
    if (string != null && binary != null) {
      throw SecretsManagerException.invalidParameter("You can't specify both a binary secret value and a string "
          + "secret value in the same secret.");
    }
    if (binary != null) {
      try {
        Base64.getDecoder().decode(binary);
      } catch (IllegalArgumentException e) {
        throw new SecretsManagerException("SerializationException", "SecretBinary is not valid base64.");
      }
    }
    return string == null && binary == null ? null : new SecretValue(string, binary);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
  }

  private static String encodeToken(int offset) {
    return Base64.getUrlEncoder().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decodeToken(String token) {
    if (token == null) {
      return 0;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      return Integer.parseInt(decoded.substring("offset:".length()));
    } catch (RuntimeException e) {
      throw SecretsManagerException.invalidParameter("The NextToken value is not valid.");
    }
  }
}
