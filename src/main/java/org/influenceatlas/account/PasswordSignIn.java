package org.influenceatlas.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with a name and a password: Spring's own check, behind the throttle (refused at once
 * past the limits), with every outcome in the audit trail.
 */
@Component
public class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    PasswordSignIn(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = Accounts.normalise(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String from = address == null ? "" : " from " + address;
        var refused = throttle.refusal(name, address);
        if (refused.isPresent()) {
            audit.record(name, AuditTrail.SIGN_IN_FAILED, "refused unchecked: too many failures" + from);
            throw new SignInThrottled(refused.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(name, attempt.getCredentials()));
            throttle.succeeded(name);
            audit.record(name, AuditTrail.SIGN_IN, "password" + from);
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                    signedIn.getPrincipal(), null, signedIn.getAuthorities());
            result.setDetails(attempt.getDetails());
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(name, address);
            audit.record(name, AuditTrail.SIGN_IN_FAILED, e.getClass().getSimpleName().replace("Exception", "") + from);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
