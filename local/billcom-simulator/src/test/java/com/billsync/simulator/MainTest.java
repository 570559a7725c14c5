package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void parsesPortSeedAndSize() {
        Main.Options options = Main.parse(new String[] {"--port", "0", "--seed=7", "--size", "s"});

        assertThat(options).isEqualTo(new Main.Options(0, 7L, OrgSize.S));
    }

    @Test
    void rejectsUnknownFlagsAndBadValues() {
        assertThatThrownBy(() -> Main.parse(new String[] {"--colour", "red"})).hasMessageContaining("--colour");
        assertThatThrownBy(() -> Main.parse(new String[] {"--port", "abc"})).hasMessageContaining("--port");
        assertThatThrownBy(() -> Main.parse(new String[] {"--size", "xl"})).hasMessageContaining("xl");
        assertThatThrownBy(() -> Main.parse(new String[] {"--seed"})).hasMessageContaining("--seed");
    }

    @Test
    void launchPrintsWhereItListensAndTheDemoLogin() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (BillcomSimulator sim = Main.launch(new Main.Options(0, 42L, OrgSize.DEMO),
                new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
            String base = "http://127.0.0.1:" + sim.port();

            assertThat(lines.get(0)).isEqualTo("Bill.com simulator listening on " + base + " (v3 base " + base
                    + "/v3, v2 base " + base + "/v2)");
            String orgId = lines.get(1).substring(lines.get(1).lastIndexOf(' ') + 1);
            String user = lines.get(2).substring(lines.get(2).lastIndexOf(' ') + 1);
            String password = lines.get(3).substring(lines.get(3).lastIndexOf(' ') + 1);
            String devKey = lines.get(4).substring(lines.get(4).lastIndexOf(' ') + 1);
            assertThat(new Http(sim.baseUrl()).login(devKey, user, password, orgId).status()).isEqualTo(200);
        }
    }

    @Test
    void badFlagExitsWithStatusTwoAndOneLineOnStderr() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--bogus").start();

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr.lines().toList()).hasSize(1);
        assertThat(stderr).contains("--bogus").contains("usage");
        assertThat(process.getInputStream().readAllBytes()).isEmpty();
    }
}
