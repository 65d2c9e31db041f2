package io.casedesk.common;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user the engine acts for: who completed a task, or nobody for timers and jobs. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The authenticated user's id, or {@code null} when the engine acts on its own. */
    public static String id(IdentityService identityService) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** Who a step is recorded for: the authenticated user, or {@code system} when the engine acts on its own. */
    public static String actor(IdentityService identityService) {
        String user = id(identityService);
        return user != null ? user : "system";
    }
}
