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

    public boolean allows(String remoteAddress) {
        return switch (mode) {
            case "open" -> true;
            case "off" -> false;
            default -> isLoopback(remoteAddress);
        };
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
