package io.casedesk.sla.web;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.Callers;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.sla.ClockKind;
import io.casedesk.sla.ServiceLevel;
import io.casedesk.sla.SlaPolicy;
import io.casedesk.sla.SlaTargets;
import io.swagger.v3.oas.annotations.Operation;

/** What the SLA clocks of a case opened now (or at {@code from}) would be due at. */
@RestController
@RequestMapping("/api/sla")
class SlaPreviewController {

    record SlaPreview(String organization, String plan, String priority, String type, String calendar,
            String businessCalendar, OffsetDateTime from, OffsetDateTime initialResponseDue, String initialResponse,
            String updateEvery, OffsetDateTime resolutionDue, String resolution, String decision) {
    }

    private final SlaPolicy policy;
    private final CustomerDirectory directory;
    private final Callers callers;
    private final Clock clock;

    SlaPreviewController(SlaPolicy policy, CustomerDirectory directory, Callers callers, Clock clock) {
        this.policy = policy;
        this.directory = directory;
        this.callers = callers;
        this.clock = clock;
    }

    @Operation(summary = "Preview the SLA due times a case would get")
    @GetMapping("/preview")
    SlaPreview preview(@RequestParam(required = false) String organization,
            @RequestParam @Pattern(regexp = "P[1-4]|P1G", message = "must be P1, P2, P3, P4 or P1G") String priority,
            @RequestParam(defaultValue = "INCIDENT") @Pattern(regexp = "[A-Z_]{1,32}", message = "must be a case type such as INCIDENT") String type,
            @RequestParam(defaultValue = "STANDARD") ServiceLevel serviceLevel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from) {
        Caller caller = callers.current();
        String code = organization != null ? organization : caller.organization();
        if (code == null) {
            throw new InvalidRequestException("organization is required.");
        }
        caller.requireAccessTo(code);
        OrganizationInfo org = directory.organization(code);
        Instant start = from != null ? from.toInstant() : Instant.now(clock);
        SlaTargets targets = policy.targets(org, type, priority, serviceLevel);
        ZoneId zone = org.timeZone();
        return new SlaPreview(org.code(), org.slaPlan(), priority, type, targets.hoursCalendar(), targets.businessCalendar(),
                at(start, zone), at(policy.due(ClockKind.INITIAL_RESPONSE, start, targets), zone),
                text(targets.initialResponse()), text(targets.updateEvery()),
                at(policy.due(ClockKind.RESOLUTION, start, targets), zone), text(targets.resolution()), targets.decisionId());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static String text(Object target) {
        return target == null ? null : target.toString();
    }
}
