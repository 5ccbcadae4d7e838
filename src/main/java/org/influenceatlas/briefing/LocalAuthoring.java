package org.influenceatlas.briefing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who may write briefings until login exists. {@code local} (the default): only a browser on
 * the machine running the app, so one analyst authors on their own laptop while colleagues on
 * the network can only read and present. {@code open}: anyone who reaches the app. {@code off}:
 * nobody.
 */
@Component
public class LocalAuthoring {

    public static final String MESSAGE = "Authoring is limited to this machine (atlas.authoring=local); see the README.";

    private final String mode;

    LocalAuthoring(@Value("${atlas.authoring:local}") String mode) {
        this.mode = mode;
    }

    /**
     * Whether this request may write. In local mode the connection must come from loopback, and
     * the Host header must name this machine (localhost, 127.0.0.1, [::1]), so that a page on
     * another name that resolves here (DNS rebinding) cannot author (a browser always sends a
     * Host; a request without one cannot come from a page); the Origin, when the
     * browser sends one, must be such a local address too (a page elsewhere posting here).
     * The remote address is the socket's: forwarded headers are not trusted
     * ({@code server.forward-headers-strategy=none} unless an operator configures a proxy).
     */
    public boolean allows(String remoteAddress, String host, String origin) {
        return switch (mode) {
            case "open" -> true;
            case "off" -> false;
            default -> isLoopback(remoteAddress) && (host == null || isLocalHost(host)) && (origin == null || isLocalOrigin(origin));
        };
    }

    private static final java.util.regex.Pattern LOCAL_HOST =
            java.util.regex.Pattern.compile("(?i)(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]{1,5})?");

    static boolean isLocalHost(String host) {
        return host != null && LOCAL_HOST.matcher(host).matches();
    }

    static boolean isLocalOrigin(String origin) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)https?://(.+)").matcher(origin);
        return m.matches() && isLocalHost(m.group(1));
    }

    private static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        try {
            // Literal addresses only: no name lookup happens for an IP string.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
