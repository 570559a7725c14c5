package com.billsync.local.runtime.bench;

import com.billsync.local.aws.LocalAws;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link WorkerProbe} in a fresh JVM (the running JVM's {@code java}) with the functions jar and this
 * module's code on the class path and a deployment's environment, endpoints of the stand-ins and dummy AWS
 * credentials included, and reads the line it prints.
 */
final class WorkerJvm {

    /** What a probe printed, and how long from starting the process to that line. */
    record Outcome(String line, long millis) {
    }

    private final Path functionsJar;
    private final Map<String, String> environment;

    WorkerJvm(Path functionsJar, LocalAws aws, Map<String, String> functionEnvironment) {
        if (!Files.isRegularFile(functionsJar)) {
            throw new IllegalStateException("no functions jar at " + functionsJar + " (mvn -pl functions package)");
        }
        this.functionsJar = functionsJar;
        Map<String, String> env = new java.util.HashMap<>(functionEnvironment);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", aws.dynamoDbEndpoint().orElseThrow(
                () -> new IllegalStateException("the stand-ins serve no DynamoDB endpoint")).toString());
        env.put("AWS_ENDPOINT_URL_SQS", aws.sqsEndpoint().toString());
        env.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", aws.secretsManagerEndpoint().toString());
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        this.environment = env;
    }

    Outcome run(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(functionsJar + java.io.File.pathSeparator + ownCode());
        command.add(WorkerProbe.class.getName());
        command.addAll(List.of(args));
        Path log = Path.of(".billsync", "logs", "bench-worker-jvm.log");
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Its log goes to a file: the benchmark's screen is the table.
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(
                log.toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("JAVA_TOOL"));
        builder.environment().putAll(environment);
        try {
            long t0 = System.nanoTime();
            Process process = builder.start();
            String result = null;
            long millis = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (result == null && (line.startsWith("handled") || line.startsWith("drained"))) {
                        millis = (System.nanoTime() - t0) / 1_000_000;
                        result = line;
                    }
                }
            }
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            if (result == null) {
                throw new IllegalStateException("the worker JVM printed no result (exit " + process.exitValue() + ")");
            }
            return new Outcome(result, millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Where this class was loaded from: the local runtime's jar or classes directory. */
    private static String ownCode() {
        try {
            return Path.of(WorkerProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
