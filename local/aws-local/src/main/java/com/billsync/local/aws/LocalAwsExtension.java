package com.billsync.local.aws;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects {@link LocalAws#shared()} into any test constructor, lifecycle or test method parameter typed {@link
 * AwsStandIns} or {@link LocalAws}:
 *
 * <pre>{@code
 * @ExtendWith(LocalAwsExtension.class)
 * class LedgerStoreIT {
 *   @BeforeAll static void tables(AwsStandIns aws) { ... }
 *   @Test void writes(AwsStandIns aws) { ... }
 * }
 * }</pre>
 *
 * The instance outlives the test class on purpose: later classes in the same JVM reuse it instead of paying the
 * start-up again.
 */
public final class LocalAwsExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    return type == AwsStandIns.class || type == LocalAws.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return LocalAws.shared();
  }
}
