package com.billsync.simulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone: one demo dev key and one generated organization, until Ctrl-C.
 * {@code java -jar billcom-simulator-…-all.jar [--port N] [--seed N] [--size demo|s|m|l]}
 */
public final class Main {
    /** A fake key for local runs; the simulator accepts whatever it registers. */
    public static final String DEMO_DEV_KEY = "billsync-demo-dev-key";
    static final String USAGE = "usage: [--port N] [--seed N] [--size demo|s|m|l]";

    /** Parsed command line. */
    record Options(int port, long seed, OrgSize size) {
    }

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("billcom-simulator: " + e.getMessage() + " (" + USAGE + ")");
            System.exit(2);
            return;
        }
        BillcomSimulator simulator;
        try {
            simulator = launch(options, System.out);
        } catch (UncheckedIOException e) {
            System.err.println("billcom-simulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        stopped.await();
    }

    /** Starts a simulator as the command line asks and prints where it listens and the demo login. */
    static BillcomSimulator launch(Options options, PrintStream out) {
        BillcomSimulator simulator = BillcomSimulator.builder().port(options.port()).build().start();
        String devKey = simulator.registerDevKey(DEMO_DEV_KEY);
        SimOrg org = simulator.createOrganization(OrgSpec.generated(options.seed(), options.size()));
        SimUser user = org.users().get(0);
        String base = simulator.baseUrl().toString();
        out.println("Bill.com simulator listening on " + base + " (v3 base " + simulator.v3BaseUrl() + ", v2 base "
                + simulator.v2BaseUrl() + ")");
        out.println("demo organization id: " + org.organizationId());
        out.println("demo user name: " + user.email());
        out.println("demo password: " + user.password());
        out.println("demo dev key: " + devKey);
        out.flush();
        return simulator;
    }

    static Options parse(String[] args) {
        int port = 0;
        long seed = 42L;
        OrgSize size = OrgSize.DEMO;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value;
            int eq = flag.indexOf('=');
            if (flag.startsWith("--") && eq > 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            } else if (flag.equals("--port") || flag.equals("--seed") || flag.equals("--size")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("flag " + flag + " needs a value");
                }
                value = args[++i];
            } else {
                throw new IllegalArgumentException("unknown flag '" + flag + "'");
            }
            switch (flag) {
                case "--port" -> {
                    port = parseInt(flag, value);
                    if (port < 0 || port > 65_535) {
                        throw new IllegalArgumentException("--port must be 0-65535, got " + value);
                    }
                }
                case "--seed" -> seed = parseLong(flag, value);
                case "--size" -> size = OrgSize.parse(value);
                default -> throw new IllegalArgumentException("unknown flag '" + flag + "'");
            }
        }
        return new Options(port, seed, size);
    }

    private static int parseInt(String flag, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number, got '" + value + "'");
        }
    }

    private static long parseLong(String flag, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number, got '" + value + "'");
        }
    }
}
