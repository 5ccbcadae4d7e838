package org.influenceatlas.api;

import org.influenceatlas.account.Curator;
import org.influenceatlas.account.Curators;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who the request acts as: for a script to check its token, and for a page to know who is signed in. */
@RestController
class AccountController {

    private final Curators curators;

    AccountController(Curators curators) {
        this.curators = curators;
    }

    @GetMapping("/api/v1/me")
    Map<String, Object> me() {
        Curator curator = curators.current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("username", curator.username());
        answer.put("role", curator.role().name().toLowerCase());
        return answer;
    }
}
