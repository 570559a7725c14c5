package com.billsync.local.aws.secretsmanager;

import java.io.Serial;

/**
 * An error the real service would return: {@code type} is the {@code __type} the SDK maps to its typed exception
 * (for example {@code ResourceNotFoundException}), the message is what a caller would read.
 */
final class SecretsManagerException extends RuntimeException {

  @Serial
  private static final long serialVersionUID = 1L;

  private final String type;

  SecretsManagerException(String type, String message) {
    super(message, null, false, false);
    this.type = type;
  }

  String type() {
    return type;
  }

  static SecretsManagerException notFound(String message) {
    return new SecretsManagerException("ResourceNotFoundException", message);
  }

  static SecretsManagerException invalidRequest(String message) {
    return new SecretsManagerException("InvalidRequestException", message);
  }

  static SecretsManagerException invalidParameter(String message) {
    return new SecretsManagerException("InvalidParameterException", message);
  }

  static SecretsManagerException exists(String message) {
    return new SecretsManagerException("ResourceExistsException", message);
  }
}
