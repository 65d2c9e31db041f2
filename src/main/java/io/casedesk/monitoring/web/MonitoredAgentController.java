package io.casedesk.monitoring.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Callers;
import io.casedesk.monitoring.MonitoredAgents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The devices an organization has monitored: staff and its contacts read them, onboarding administrators set them. */
@RestController
class MonitoredAgentController {

    /** A device: the product line its alarms are about, and what it is. */
    record Device(String productLine, String description) {
    }

    private final MonitoredAgents agents;
    private final Callers callers;

    MonitoredAgentController(MonitoredAgents agents, Callers callers) {
        this.agents = agents;
        this.callers = callers;
    }

    @Operation(summary = "List the organization's monitored devices")
    @GetMapping("/api/organizations/{code}/monitored-agents")
    List<MonitoredAgents.Agent> list(@PathVariable String code) {
        return agents.of(code, callers.current());
    }

    /** The source is the device's address or its sysName. */
    @Operation(summary = "Register or change a monitored device")
    @PutMapping("/api/organizations/{code}/monitored-agents/{source}")
    MonitoredAgents.Agent register(@PathVariable String code, @PathVariable String source, @RequestBody Device device) {
        return agents.register(code, source, device.productLine(), device.description(), callers.current());
    }

    @Operation(summary = "Remove a monitored device")
    @ApiResponse(responseCode = "204", description = "The device was removed")
    @DeleteMapping("/api/organizations/{code}/monitored-agents/{source}")
    ResponseEntity<Void> remove(@PathVariable String code, @PathVariable String source) {
        agents.remove(code, source, callers.current());
        return ResponseEntity.noContent().build();
    }
}
