package org.influenceatlas.account;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused before its password was checked: too many recent failures for the account or the address. */
public class SignInThrottled extends AuthenticationException {

    private final Duration wait;

    public SignInThrottled(Duration wait) {
        super("too many failed sign-ins: try again in " + Math.max(1, (wait.toSeconds() + 59) / 60) + " min");
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }
}
