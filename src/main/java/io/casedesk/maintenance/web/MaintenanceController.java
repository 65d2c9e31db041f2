package io.casedesk.maintenance.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Callers;
import io.casedesk.maintenance.MaintenanceView;
import io.casedesk.maintenance.MaintenanceWindows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Maintenance windows: listed for everyone signed in; announced, moved and cancelled by operators and managers. */
@RestController
@RequestMapping("/api/maintenance")
class MaintenanceController {

    record Announcement(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String description,
            @NotBlank @Size(max = 4000) String justification, @NotEmpty List<@NotBlank String> productLines,
            @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, boolean serviceImpact) {
    }

    record Move(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, @NotBlank @Size(max = 2000) String reason) {
    }

    record Cancellation(@NotBlank @Size(max = 2000) String reason) {
    }

    private final MaintenanceWindows windows;
    private final Callers callers;

    MaintenanceController(MaintenanceWindows windows, Callers callers) {
        this.windows = windows;
        this.callers = callers;
    }

    /** Ongoing and upcoming windows, soonest first. */
    @Operation(summary = "List upcoming maintenance windows")
    @GetMapping
    List<MaintenanceView> upcoming() {
        return windows.upcoming(callers.current());
    }

    @Operation(summary = "Read a maintenance window")
    @GetMapping("/{id}")
    MaintenanceView window(@PathVariable long id) {
        MaintenanceView view = windows.view(id);
        return callers.current().isAgent() ? view : view.forPublic();
    }

    /** Unscheduled maintenance, announced at once; {@code warning} says when it falls inside business hours. */
    @Operation(summary = "Announce a maintenance window")
    @ApiResponse(responseCode = "201", description = "The window was announced",
            headers = @Header(name = "Location", description = "The address of what was created"))
    @PostMapping
    ResponseEntity<MaintenanceView> announce(@Valid @RequestBody Announcement announcement) {
        MaintenanceView view = windows.announce(new MaintenanceWindows.NewWindow(announcement.title(),
                announcement.description(), announcement.justification(), announcement.productLines(),
                announcement.startsAt().toInstant(), announcement.endsAt().toInstant(), announcement.serviceImpact()),
                callers.current());
        return ResponseEntity.created(URI.create("/api/maintenance/" + view.id())).body(view);
    }

    @Operation(summary = "Move a maintenance window")
    @PostMapping("/{id}/reschedule")
    MaintenanceView reschedule(@PathVariable long id, @Valid @RequestBody Move move) {
        return windows.reschedule(id, move.startsAt().toInstant(), move.endsAt().toInstant(), move.reason(),
                callers.current());
    }

    @Operation(summary = "Cancel a maintenance window")
    @PostMapping("/{id}/cancel")
    MaintenanceView cancel(@PathVariable long id, @Valid @RequestBody Cancellation cancellation) {
        return windows.cancel(id, cancellation.reason(), callers.current());
    }
}
