package io.casedesk.incident.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Callers;
import io.casedesk.incident.FieldVisits;
import io.casedesk.incident.IncidentView;
import io.casedesk.incident.Incidents;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;

/** The incident flow of a case, and the field technician's reports. */
@RestController
class IncidentController {

    record OnSiteReport(@Size(max = 2000) String note) {
    }

    record WorkDoneReport(@Size(max = 4000) String result) {
    }

    private final Incidents incidents;
    private final FieldVisits fieldVisits;
    private final Callers callers;

    IncidentController(Incidents incidents, FieldVisits fieldVisits, Callers callers) {
        this.incidents = incidents;
        this.fieldVisits = fieldVisits;
        this.callers = callers;
    }

    @Operation(summary = "Read the incident flow of a case: step, facts and field visit")
    @GetMapping("/api/cases/{number}/incident")
    IncidentView incident(@PathVariable String number) {
        return incidents.view(number, callers.current());
    }

    @Operation(summary = "The technician reports arriving on site")
    @PostMapping("/api/cases/{number}/dispatch/on-site")
    IncidentView onSite(@PathVariable String number, @Valid @RequestBody(required = false) OnSiteReport report) {
        return fieldVisits.onSite(number, report == null ? null : report.note(), callers.current());
    }

    @Operation(summary = "The technician reports the field work done")
    @PostMapping("/api/cases/{number}/dispatch/work-done")
    IncidentView workDone(@PathVariable String number, @Valid @RequestBody WorkDoneReport report) {
        return fieldVisits.workDone(number, report.result(), callers.current());
    }
}
