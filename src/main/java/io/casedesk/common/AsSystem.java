package io.casedesk.common;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls that Casedesk makes on its own behalf (not the signed-in user's), such as starting
 * the delivery of a notification after an agent's task completion: the user's Camunda authorizations must
 * not decide whether the system does its work.
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T call(IdentityService identityService, Supplier<T> work) {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null) {
            return work.get();
        }
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            identityService.setAuthentication(user);
        }
    }
}
