package io.casedesk.project.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Callers;
import io.casedesk.project.ProjectView;
import io.casedesk.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Implementation projects: managers start them, the organization's MPOCs sign their phases off. */
@RestController
class ProjectController {

    /** The customer's answer to a phase. */
    record SignOff(boolean accepted, String comment) {
    }

    private final Projects projects;
    private final Callers callers;

    ProjectController(Projects projects, Callers callers) {
        this.projects = projects;
        this.callers = callers;
    }

    @Operation(summary = "Start an implementation project")
    @ApiResponse(responseCode = "201", description = "The project was started",
            headers = @Header(name = "Location", description = "The address of what was created"))
    @PostMapping("/api/projects")
    ResponseEntity<ProjectView> start(@RequestBody Projects.NewProject project) {
        ProjectView started = projects.start(project, callers.current());
        return ResponseEntity.created(URI.create("/api/projects/" + started.id())).body(started);
    }

    @Operation(summary = "List implementation projects")
    @GetMapping("/api/projects")
    List<ProjectView> list(@RequestParam String organization) {
        return projects.of(organization, callers.current());
    }

    @Operation(summary = "Read an implementation project")
    @GetMapping("/api/projects/{id}")
    ProjectView project(@PathVariable long id) {
        return projects.view(id, callers.current());
    }

    @Operation(summary = "Sign off (accept or refuse) a delivered project")
    @PostMapping("/api/projects/{id}/sign-off")
    ProjectView signOff(@PathVariable long id, @RequestBody SignOff signOff) {
        return projects.signOff(id, signOff.accepted(), signOff.comment(), callers.current());
    }
}
