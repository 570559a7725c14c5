package com.billsync.local.aws.secretsmanager;

/**
 * Exactly one of a string or a binary secret value. The binary value stays in the base64 form it travels in, so
 * two values compare by content (a record over {@code byte[]} would compare array identity).
 */
record SecretValue(String string, String binaryBase64) {

  SecretValue {
    if ((string == null) == (binaryBase64 == null)) {
      throw new IllegalArgumentException("exactly one of string and binary");
    }
  }
}
