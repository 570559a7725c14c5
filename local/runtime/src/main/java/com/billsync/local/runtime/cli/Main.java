package com.billsync.local.runtime.cli;

import com.billsync.local.runtime.stack.BillsyncStack;
import com.billsync.local.runtime.stack.StackOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./billsync demo|serve [flags]}. Exit status: 0 done, 1 a start or run failure (one line on stderr), 2 a
 * bad command line. Log lines go to {@code .billsync/logs/} for the demo (its screen is the story) and to stderr
 * for serve.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || Arrays.asList("help", "-h", "--help").contains(args[0])
                || Arrays.asList(args).contains("--help")) {
            out.print(Flags.USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        StackOptions options;
        try {
            options = switch (command) {
                case "demo" -> Flags.parse(rest, 0);
                case "serve" -> Flags.parse(rest, StackOptions.DEFAULT_PORT);
                default -> throw new Flags.BadFlag("unknown command '" + command + "' (demo, serve, simulator)");
            };
            if (command.equals("demo") && options.billcom().isPresent()) {
                throw new Flags.BadFlag("demo runs on the built-in simulator; use serve with --billcom-url");
            }
        } catch (Flags.BadFlag | IllegalArgumentException e) {
            err.println("billsync: " + e.getMessage() + " (./billsync help)");
            return 2;
        }
        Path logFile = logFile(command, options);
        configureLogging(logFile);
        try {
            return command.equals("demo") ? new Demo(out, System.console() != null).run(options) : serve(options, out,
                    err);
        } catch (BillsyncStack.StackStartException e) {
            err.println("billsync: cannot start: " + e.getMessage());
            return 1;
        } catch (ApiClient.ApiFailure e) {
            err.println("billsync: " + e.getMessage() + (logFile == null ? "" : " (log: " + logFile + ")"));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static int serve(StackOptions options, PrintStream out, PrintStream err) throws InterruptedException {
        BillsyncStack stack = BillsyncStack.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("billsync: stopping ...");
            stack.close();
            stopped.countDown();
        }, "billsync-shutdown"));
        stack.demoOrganization().ifPresentOrElse(org -> err.println("billsync: Bill.com is the built-in simulator: "
                        + "organization " + org.organizationId() + ", user " + org.users().get(0).email()
                        + " (password in local/billcom-simulator/README.md); the dev key is preset as the default"),
                () -> err.println("billsync: Bill.com at " + stack.config().billcomV3Url() + " and "
                        + stack.config().billcomV2Url() + "; pass dev_key when connecting"));
        err.println("billsync: planner every " + options.scheduleInterval().toString().substring(2).toLowerCase()
                + ", worker polling the FIFO queue; data " + options.stateDir().map(d -> "kept in " + d)
                .orElse("in memory") + "; Ctrl-C stops");
        out.println("billsync API listening on " + stack.apiBaseUrl());
        out.flush();
        stopped.await();
        return 0;
    }

    /** Where the log goes: a file for the demo, stderr (null) for serve. */
    private static Path logFile(String command, StackOptions options) {
        if (!command.equals("demo")) {
            return null;
        }
        Path dir = options.stateDir().orElse(Path.of(".billsync")).resolve("logs");
        try {
            Files.createDirectories(dir);
            return dir.resolve("demo.log");
        } catch (IOException e) {
            return null;
        }
    }

    /** Set before the first logger exists: SLF4J's simple backend reads these once. */
    private static void configureLogging(Path logFile) {
        System.setProperty("org.slf4j.simpleLogger.logFile", logFile == null ? "System.err" : logFile.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        for (String quiet : new String[] {"org.elasticmq", "software.amazon.awssdk", "com.amazonaws",
                "org.eclipse.jetty"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + quiet, "warn");
        }
        // Pekko (under ElasticMQ) warns about its own shutdown hook when the JVM is already stopping on Ctrl-C.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pekko", "error");
        // DynamoDB Local logs through Log4j 2: no shutdown hook of its own (the stack closes it), errors only.
        System.setProperty("log4j.shutdownHookEnabled", "false");
        System.setProperty("log4j2.statusLoggerLevel", "ERROR");
    }
}
