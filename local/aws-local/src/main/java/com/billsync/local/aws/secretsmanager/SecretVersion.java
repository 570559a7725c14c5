package com.billsync.local.aws.secretsmanager;

import java.time.Instant;
import java.util.List;

/** One immutable value of a secret and the staging labels currently attached to it. */
record SecretVersion(String id, SecretValue value, Instant created, List<String> stages) {

  SecretVersion {
    stages = List.copyOf(stages);
  }

  boolean has(String stage) {
    return stages.contains(stage);
  }

  SecretVersion withStages(List<String> newStages) {
    return new SecretVersion(id, value, created, newStages);
  }
}
