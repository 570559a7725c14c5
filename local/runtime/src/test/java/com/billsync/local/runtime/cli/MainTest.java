package com.billsync.local.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.simulator.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./billsync demo|serve}: the story ends with a completed sync; bad starts say why in one line. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theDemoEndsWithACompletedSyncAndItsSummaryAndPrintsNoCredential(@TempDir Path state) {
        int status = run("demo", "--state-dir", state.toString());

        String screen = text(out);
        assertThat(status).as(screen + text(err)).isZero();
        assertThat(screen).contains("1 company", "2 connect", "3 seed     completed", "4 map", "5 setup    complete",
                "6 sync", "7 summary", "errors log:", "Bill.com calls:").containsPattern("total +completed");
        assertThat(screen).containsPattern("billsync demo: the sync completed");
        // Two of the simulator's three bank accounts post to a chart row the ledger's own bank accounts match.
        assertThat(screen).contains("funding-accounts 2 matched to their GL bank account, 1 created");
        assertThat(screen + text(err)).doesNotContain("demo-password", Main.DEMO_DEV_KEY, "sessionId");
    }

    @Test
    void anUnknownFlagIsOneLineAndStatus2() {
        assertThat(run("serve", "--prot", "3000")).isEqualTo(2);
        assertThat(text(err)).isEqualTo("billsync: unknown flag '--prot' (./billsync help)\n");
    }

    @Test
    void aBadValueIsOneLineAndStatus2() {
        assertThat(run("serve", "--schedule-interval", "soon")).isEqualTo(2);
        assertThat(text(err)).startsWith("billsync: --schedule-interval needs a duration like 30s, 5m or 1h")
                .hasLineCount(1);
    }

    @Test
    void theTwoBillcomUrlsGoTogether() {
        assertThat(run("serve", "--billcom-url", "https://gateway.stage.bill.com/connect/v3")).isEqualTo(2);
        assertThat(text(err)).contains("--billcom-url and --billcom-v2-url go together").hasLineCount(1);
    }

    @Test
    void anUnreachableBillcomStopsServeWithOneLineAndStatus1() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        int status = run("serve", "--port", "0", "--billcom-url", "http://127.0.0.1:" + closed + "/v3",
                "--billcom-v2-url", "http://127.0.0.1:" + closed + "/v2");

        assertThat(status).isEqualTo(1);
        assertThat(text(err)).startsWith("billsync: cannot start: cannot reach Bill.com v3 at http://127.0.0.1:"
                + closed + "/v3").hasLineCount(1);
    }

    @Test
    void anUnknownCommandIsStatus2() {
        assertThat(run("deploy")).isEqualTo(2);
        assertThat(text(err)).contains("unknown command 'deploy'");
    }

    private int run(String... args) {
        return com.billsync.local.runtime.cli.Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
