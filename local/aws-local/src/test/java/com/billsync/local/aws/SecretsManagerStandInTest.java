package com.billsync.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DeleteSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.Filter;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;

/** The Secrets Manager fake through the SDK client of {@link LocalAws#shared()}; each test names its own secret. */
@ExtendWith(LocalAwsExtension.class)
class SecretsManagerStandInTest {

  private static final String RUN = "billsync/test-" + UUID.randomUUID().toString().substring(0, 8) + "/";

  private static SecretsManagerClient secrets;

  @BeforeAll
  static void client(AwsStandIns aws) {
    secrets = aws.secretsManager();
  }

  @Test
  void createdSecretReadsBackAsCurrent() {
    String name = name();
    CreateSecretResponse created = secrets.createSecret(b -> b.name(name).secretString("{\"token\":\"t1\"}"));

    GetSecretValueResponse read = secrets.getSecretValue(b -> b.secretId(name));

    assertThat(created.arn()).startsWith("arn:aws:secretsmanager:us-east-1:").contains(":secret:" + name + "-");
    assertThat(read.secretString()).isEqualTo("{\"token\":\"t1\"}");
    assertThat(read.versionId()).isEqualTo(created.versionId());
    assertThat(read.versionStages()).containsExactly("AWSCURRENT");
    assertThat(read.arn()).isEqualTo(created.arn());
  }

  @Test
  void secretIsFoundByItsArn() {
    String arn = secrets.createSecret(b -> b.name(name()).secretString("v")).arn();

    assertThat(secrets.getSecretValue(b -> b.secretId(arn)).secretString()).isEqualTo("v");
  }

  @Test
  void binarySecretReadsBackUnchanged() {
    String name = name();
    SdkBytes bytes = SdkBytes.fromByteArray(new byte[] {0, 1, 2, (byte) 0xff});
    secrets.createSecret(b -> b.name(name).secretBinary(bytes));

    assertThat(secrets.getSecretValue(b -> b.secretId(name)).secretBinary()).isEqualTo(bytes);
  }

  @Test
  void creatingAnExistingNameFailsWithResourceExists() {
    String name = name();
    secrets.createSecret(b -> b.name(name).secretString("one"));

    assertThatThrownBy(() -> secrets.createSecret(b -> b.name(name).secretString("two")))
        .isInstanceOf(ResourceExistsException.class);
  }

  @Test
  void createRetriedWithTheSameTokenAnswersWithTheFirstVersion() {
    String name = name();
    String token = UUID.randomUUID().toString();
    CreateSecretResponse first = secrets.createSecret(b -> b.name(name).clientRequestToken(token).secretString("v"));

    CreateSecretResponse retry = secrets.createSecret(b -> b.name(name).clientRequestToken(token).secretString("v"));

    assertThat(retry.versionId()).isEqualTo(token).isEqualTo(first.versionId());
    assertThat(retry.arn()).isEqualTo(first.arn());
  }

  @Test
  void readingAnUnknownSecretFailsWithResourceNotFound() {
    assertThatThrownBy(() -> secrets.getSecretValue(b -> b.secretId(name())))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("can't find the specified secret");
  }

  @Test
  void readingASecretCreatedWithoutAValueFailsWithResourceNotFound() {
    String name = name();
    secrets.createSecret(b -> b.name(name).description("value comes later"));

    assertThatThrownBy(() -> secrets.getSecretValue(b -> b.secretId(name)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("AWSCURRENT");
  }

  @Test
  void putValueBecomesCurrentAndTheOldValuePrevious() {
    String name = name();
    String v1 = secrets.createSecret(b -> b.name(name).secretString("one")).versionId();

    PutSecretValueResponse v2 = secrets.putSecretValue(b -> b.secretId(name).secretString("two"));

    assertThat(v2.versionStages()).containsExactly("AWSCURRENT");
    assertThat(secrets.getSecretValue(b -> b.secretId(name)).secretString()).isEqualTo("two");
    GetSecretValueResponse previous = secrets.getSecretValue(b -> b.secretId(name).versionStage("AWSPREVIOUS"));
    assertThat(previous.secretString()).isEqualTo("one");
    assertThat(previous.versionId()).isEqualTo(v1);
  }

  @Test
  void thirdValueLeavesTheFirstWithoutStages() {
    String name = name();
    String v1 = secrets.createSecret(b -> b.name(name).secretString("one")).versionId();
    String v2 = secrets.putSecretValue(b -> b.secretId(name).secretString("two")).versionId();
    String v3 = secrets.putSecretValue(b -> b.secretId(name).secretString("three")).versionId();

    DescribeSecretResponse described = secrets.describeSecret(b -> b.secretId(name));

    assertThat(described.versionIdsToStages())
        .containsOnlyKeys(v2, v3)
        .containsEntry(v3, List.of("AWSCURRENT"))
        .containsEntry(v2, List.of("AWSPREVIOUS"));
    assertThat(secrets.getSecretValue(b -> b.secretId(name).versionId(v1)).secretString()).isEqualTo("one");
  }

  @Test
  void putRetriedWithTheSameTokenCreatesOneVersion() {
    String name = name();
    secrets.createSecret(b -> b.name(name).secretString("one"));
    String token = UUID.randomUUID().toString();

    secrets.putSecretValue(b -> b.secretId(name).clientRequestToken(token).secretString("two"));
    PutSecretValueResponse retry =
        secrets.putSecretValue(b -> b.secretId(name).clientRequestToken(token).secretString("two"));

    assertThat(retry.versionId()).isEqualTo(token);
    assertThat(secrets.getSecretValue(b -> b.secretId(name).versionStage("AWSPREVIOUS")).secretString())
        .isEqualTo("one");
  }

  @Test
  void putReusingATokenForADifferentValueFailsWithResourceExists() {
    String name = name();
    secrets.createSecret(b -> b.name(name).secretString("one"));
    String token = UUID.randomUUID().toString();
    secrets.putSecretValue(b -> b.secretId(name).clientRequestToken(token).secretString("two"));

    assertThatThrownBy(() -> secrets.putSecretValue(b -> b.secretId(name).clientRequestToken(token)
            .secretString("changed")))
        .isInstanceOf(ResourceExistsException.class);
  }

  @Test
  void updateWithAValueAddsACurrentVersion() {
    String name = name();
    secrets.createSecret(b -> b.name(name).secretString("one"));

    String version = secrets.updateSecret(b -> b.secretId(name).secretString("two")).versionId();

    GetSecretValueResponse read = secrets.getSecretValue(b -> b.secretId(name));
    assertThat(read.versionId()).isEqualTo(version);
    assertThat(read.secretString()).isEqualTo("two");
  }

  @Test
  void updateOfTheDescriptionOnlyKeepsTheCurrentVersion() {
    String name = name();
    String v1 = secrets.createSecret(b -> b.name(name).secretString("one").description("old")).versionId();

    secrets.updateSecret(b -> b.secretId(name).description("new"));

    assertThat(secrets.describeSecret(b -> b.secretId(name)).description()).isEqualTo("new");
    assertThat(secrets.getSecretValue(b -> b.secretId(name)).versionId()).isEqualTo(v1);
  }

  @Test
  void describeReturnsTheSecretsMetadata() {
    String name = name();
    CreateSecretResponse created = secrets.createSecret(b -> b.name(name).secretString("v")
        .description("Bill.com session").tags(t -> t.key("integration").value("acme")));

    DescribeSecretResponse described = secrets.describeSecret(b -> b.secretId(name));

    assertThat(described.arn()).isEqualTo(created.arn());
    assertThat(described.name()).isEqualTo(name);
    assertThat(described.description()).isEqualTo("Bill.com session");
    assertThat(described.tags()).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("acme"));
    assertThat(described.createdDate()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    assertThat(described.deletedDate()).isNull();
  }

  @Test
  void deleteWithARecoveryWindowSchedulesDeletionAndBlocksReads() {
    String name = name();
    secrets.createSecret(b -> b.name(name).secretString("v"));

    DeleteSecretResponse deleted = secrets.deleteSecret(b -> b.secretId(name).recoveryWindowInDays(7L));

    assertThat(deleted.deletionDate())
        .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(1, ChronoUnit.MINUTES));
    assertThat(secrets.describeSecret(b -> b.secretId(name)).deletedDate())
        .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    assertThatThrownBy(() -> secrets.getSecretValue(b -> b.secretId(name)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("marked for deletion");
  }

  @Test
  void restoreMakesADeletedSecretReadableAgain() {
    String name = name();
    secrets.createSecret(b -> b.name(name).secretString("v"));
    secrets.deleteSecret(b -> b.secretId(name).recoveryWindowInDays(30L));

    secrets.restoreSecret(b -> b.secretId(name));

    assertThat(secrets.getSecretValue(b -> b.secretId(name)).secretString()).isEqualTo("v");
    assertThat(secrets.describeSecret(b -> b.secretId(name)).deletedDate()).isNull();
  }

  @Test
  void forceDeleteRemovesTheSecretAtOnceAndFreesItsName() {
    String name = name();
    secrets.createSecret(b -> b.name(name).secretString("v"));

    secrets.deleteSecret(b -> b.secretId(name).forceDeleteWithoutRecovery(true));

    assertThatThrownBy(() -> secrets.describeSecret(b -> b.secretId(name)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(secrets.createSecret(b -> b.name(name).secretString("again")).name()).isEqualTo(name);
  }

  @Test
  void recoveryWindowOutsideSevenToThirtyDaysIsRejected() {
    String name = name();
    secrets.createSecret(b -> b.name(name).secretString("v"));

    assertThatThrownBy(() -> secrets.deleteSecret(b -> b.secretId(name).recoveryWindowInDays(6L)))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void forceDeleteTogetherWithARecoveryWindowIsRejected() {
    String name = name();
    secrets.createSecret(b -> b.name(name).secretString("v"));

    assertThatThrownBy(() -> secrets.deleteSecret(b -> b.secretId(name).recoveryWindowInDays(7L)
            .forceDeleteWithoutRecovery(true)))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void creatingANameThatIsPendingDeletionFailsWithInvalidRequest() {
    String name = name();
    secrets.createSecret(b -> b.name(name).secretString("v"));
    secrets.deleteSecret(b -> b.secretId(name));

    assertThatThrownBy(() -> secrets.createSecret(b -> b.name(name).secretString("again")))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void listSecretsFiltersByNamePrefixAndSkipsPlannedDeletions() {
    String prefix = RUN + "list-" + UUID.randomUUID().toString().substring(0, 8) + "/";
    secrets.createSecret(b -> b.name(prefix + "a").secretString("v"));
    secrets.createSecret(b -> b.name(prefix + "b").secretString("v"));
    secrets.createSecret(b -> b.name(prefix + "gone").secretString("v"));
    secrets.createSecret(b -> b.name(name()).secretString("v"));
    secrets.deleteSecret(b -> b.secretId(prefix + "gone"));
    Filter byPrefix = Filter.builder().key(FilterNameStringType.NAME).values(prefix).build();

    var listed = secrets.listSecrets(b -> b.filters(byPrefix)).secretList();
    var withDeleted = secrets.listSecrets(b -> b.filters(byPrefix).includePlannedDeletion(true)).secretList();

    assertThat(listed).extracting(SecretListEntry::name).containsExactly(prefix + "a", prefix + "b");
    assertThat(withDeleted).extracting(SecretListEntry::name)
        .containsExactly(prefix + "a", prefix + "b", prefix + "gone");
  }

  private static String name() {
    return RUN + UUID.randomUUID();
  }
}
