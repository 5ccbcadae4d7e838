package org.influenceatlas.scale;

import org.influenceatlas.testdb.TestDatabase;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Node B (a second JVM), HAProxy in front of node A and node B, and nginx as a cache in front of
 * HAProxy, on free local ports from 18080. Logs go to target/scale-out/.
 */
final class Nodes implements AutoCloseable {

    static final Path LOGS = Path.of("target/scale-out").toAbsolutePath();

    private final List<Process> processes = new ArrayList<>();
    private Process nodeB;
    private int portB;
    private int balancerPort;
    private int cachePort;

    /** Whether this machine has what the test needs. */
    static boolean available() {
        return TestDatabase.url().isPresent() && onPath("haproxy") && onPath("nginx");
    }

    static String databaseUrl(String database) {
        return TestDatabase.url().orElseThrow().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    static Nodes start(int portA, String database) throws Exception {
        Nodes nodes = new Nodes();
        try {
            nodes.startAll(portA, database);
        } catch (Exception | AssertionError e) {
            nodes.close();
            throw e;
        }
        return nodes;
    }

    private void startAll(int portA, String database) throws Exception {
        Files.createDirectories(LOGS);
        Set<Integer> taken = new HashSet<>(Set.of(portA));
        portB = freePort(taken);
        balancerPort = freePort(taken);
        cachePort = freePort(taken);

        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder b = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.influenceatlas.Application", "--server.port=" + portB)
                .redirectErrorStream(true).redirectOutput(LOGS.resolve("node-b.log").toFile());
        b.environment().putAll(Map.of("SPRING_PROFILES_ACTIVE", "postgres", "ATLAS_DB_URL", databaseUrl(database),
                "ATLAS_DB_USER", TestDatabase.user(), "ATLAS_DB_PASSWORD", TestDatabase.password()));
        nodeB = start(b);
        waitFor(Duration.ofMinutes(4), "node B to answer", () -> nodeB().get("/api/v1/layers").status() == 200);

        ProcessBuilder haproxy = new ProcessBuilder("haproxy", "-db", "-f", Path.of("tools/scale-out/haproxy.cfg").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(LOGS.resolve("haproxy.log").toFile());
        haproxy.environment().putAll(Map.of("LB_PORT", String.valueOf(balancerPort), "NODE_A", "127.0.0.1:" + portA,
                "NODE_B", "127.0.0.1:" + portB));
        start(haproxy);
        // Both servers are up once fresh visitors are sent to each of them.
        waitFor(Duration.ofSeconds(60), "HAProxy to send visitors to both nodes", () -> {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 4; i++) {
                Http visitor = Http.withCookies(balancerUrl());
                if (visitor.get("/").status() == 200) {
                    visitor.cookie("ATLASNODE").ifPresent(seen::add);
                }
            }
            return seen.containsAll(Set.of("a", "b"));
        });

        Path dir = LOGS.resolve("nginx");
        // A cache left by an earlier run would answer with that run's data.
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        for (String sub : List.of("", "cache", "client-body", "proxy-temp", "fastcgi-temp", "uwsgi-temp", "scgi-temp")) {
            Files.createDirectories(dir.resolve(sub));
            dir.resolve(sub).toFile().setWritable(true, false);
            dir.resolve(sub).toFile().setExecutable(true, false);
        }
        String config = Files.readString(Path.of("tools/scale-out/nginx-cache.conf"))
                .replace("@LISTEN@", "127.0.0.1:" + cachePort)
                .replace("@UPSTREAM@", "127.0.0.1:" + balancerPort)
                .replace("@DIR@", dir.toString());
        Files.writeString(dir.resolve("nginx.conf"), config);
        start(new ProcessBuilder("nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(LOGS.resolve("nginx.log").toFile()));
        waitFor(Duration.ofSeconds(30), "nginx to answer", () -> cache().get("/api/v1/layers").status() == 200);
    }

    Http nodeB() {
        return new Http("http://127.0.0.1:" + portB);
    }

    Http balancer() {
        return new Http(balancerUrl());
    }

    Http cache() {
        return new Http("http://127.0.0.1:" + cachePort);
    }

    String balancerUrl() {
        return "http://127.0.0.1:" + balancerPort;
    }

    /** kill -9: no shutdown hook, no goodbye to the load balancer. */
    void killNodeB() throws InterruptedException {
        nodeB.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void waitFor(Duration ceiling, String what, Callable<Boolean> condition) throws Exception {
        Instant until = Instant.now().plus(ceiling);
        while (Instant.now().isBefore(until)) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(process.info().command().orElse("a process") + " ended (exit "
                            + process.exitValue() + ") while waiting for " + what + "; see " + LOGS);
                }
            }
            try {
                if (condition.call()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("timed out waiting for " + what + "; see " + LOGS);
    }

    private static int freePort(Set<Integer> taken) throws IOException {
        for (int port = 18080; port < 18200; port++) {
            if (taken.contains(port)) {
                continue;
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 100);
                continue;
            } catch (IOException free) {
                // nobody listens there
            }
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                taken.add(port);
                return port;
            } catch (IOException inUse) {
                // try the next
            }
        }
        throw new IOException("no free port in 18080..18199");
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
