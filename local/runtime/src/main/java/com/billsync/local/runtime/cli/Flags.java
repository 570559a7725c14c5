package com.billsync.local.runtime.cli;

import com.billsync.local.runtime.stack.StackOptions;
import com.billsync.simulator.OrgSize;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** The command line of {@code demo} and {@code serve}: flags to {@link StackOptions}, or one clear error. */
final class Flags {

    static final String USAGE = """
            usage: ./billsync <command> [flags]

            commands:
              demo       start everything in-process and walk the whole story through the HTTP API:
                         company and GL accounts, connect, seed, mapping, a full sync with live progress,
                         and a summary table; exits 0 when the sync completed
              serve      the same stack, kept running until Ctrl-C; the API at http://127.0.0.1:<port>/api/
              simulator  only the Bill.com simulator (see local/billcom-simulator/README.md)

            flags (serve; demo takes --port, --seed, --size, --state-dir):
              --port N                  API port on 127.0.0.1 (serve: 3000, demo: any free port)
              --schedule-interval D     how often the planner runs, e.g. 30s, 5m, 1h (default 1m)
              --billcom-url URL         Bill.com v3 base URL, e.g. https://gateway.stage.bill.com/connect/v3
              --billcom-v2-url URL      Bill.com v2 base URL, e.g. https://api-stage.bill.com/api/v2
                                        (both or neither; neither = the built-in simulator)
              --state-dir DIR           keep DynamoDB data and secrets in DIR across restarts
              --seed N, --size demo|s|m|l   the built-in simulator's organization (default 42, demo)
            """;

    /** A bad command line; the message is one line. */
    static final class BadFlag extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadFlag(String message) {
            super(message);
        }
    }

    private Flags() {
    }

    static StackOptions parse(String[] args, int defaultPort) {
        int port = defaultPort;
        Duration interval = StackOptions.DEFAULT_SCHEDULE_INTERVAL;
        URI v3 = null;
        URI v2 = null;
        Path stateDir = null;
        long seed = 42L;
        OrgSize size = OrgSize.DEMO;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value;
            int eq = flag.indexOf('=');
            if (flag.startsWith("--") && eq > 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            } else {
                if (!flag.startsWith("--")) {
                    throw new BadFlag("unexpected argument '" + flag + "'");
                }
                if (i + 1 >= args.length) {
                    throw new BadFlag("flag " + flag + " needs a value");
                }
                value = args[++i];
            }
            switch (flag) {
                case "--port" -> port = port(value);
                case "--schedule-interval" -> interval = duration(flag, value);
                case "--billcom-url" -> v3 = url(flag, value);
                case "--billcom-v2-url" -> v2 = url(flag, value);
                case "--state-dir" -> stateDir = Path.of(value);
                case "--seed" -> seed = number(flag, value);
                case "--size" -> size = size(value);
                default -> throw new BadFlag("unknown flag '" + flag + "'");
            }
        }
        if ((v3 == null) != (v2 == null)) {
            throw new BadFlag("--billcom-url and --billcom-v2-url go together: give both or neither");
        }
        Optional<StackOptions.BillcomUrls> billcom = v3 == null ? Optional.empty()
                : Optional.of(new StackOptions.BillcomUrls(v3, v2));
        return new StackOptions(port, interval, billcom, Optional.ofNullable(stateDir), seed, size);
    }

    private static int port(String value) {
        long port = number("--port", value);
        if (port < 0 || port > 65_535) {
            throw new BadFlag("--port must be 0-65535, got " + value);
        }
        return (int) port;
    }

    private static long number(String flag, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BadFlag(flag + " needs a number, got '" + value + "'");
        }
    }

    /** {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h}, or ISO-8601 ({@code PT5M}). */
    static Duration duration(String flag, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            if (v.startsWith("pt") || v.startsWith("p")) {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            } else if (v.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            } else if (v.endsWith("s")) {
                d = Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            } else if (v.endsWith("m")) {
                d = Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            } else if (v.endsWith("h")) {
                d = Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
            } else {
                d = Duration.ofSeconds(Long.parseLong(v));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BadFlag(flag + " needs a duration like 30s, 5m or 1h, got '" + value + "'");
        }
        if (d.isNegative() || d.isZero()) {
            throw new BadFlag(flag + " must be positive, got '" + value + "'");
        }
        return d;
    }

    private static URI url(String flag, String value) {
        try {
            URI uri = new URI(value.trim());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new BadFlag(flag + " needs an http(s) URL, got '" + value + "'");
            }
            String text = uri.toString();
            return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (java.net.URISyntaxException e) {
            throw new BadFlag(flag + " needs an http(s) URL, got '" + value + "'");
        }
    }

    private static OrgSize size(String value) {
        try {
            return OrgSize.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadFlag("--size must be demo, s, m or l, got '" + value + "'");
        }
    }
}
