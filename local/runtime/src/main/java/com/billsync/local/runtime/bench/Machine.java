package com.billsync.local.runtime.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: CPU, cores, memory, OS, JVM, and how busy the machine was. */
record Machine(String cpuModel, int cores, long memoryMb, String os, String jvm, double loadAtStart, double loadAtEnd) {

    static Machine describe(double loadAtStart) {
        return new Machine(cpu(), Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                loadAtStart, load());
    }

    String summary() {
        return String.format(Locale.ROOT, "%s, %d cores, %,d MB RAM, %s, %s; load average %.1f at start, %.1f at end",
                cpuModel, cores, memoryMb, os, jvm, loadAtStart, loadAtEnd);
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String cpu() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static long totalMemoryMb() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return Runtime.getRuntime().maxMemory() / 1_048_576;
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
