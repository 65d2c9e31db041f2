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

    @PostMapping("/api/projects")
    ResponseEntity<ProjectView> start(@RequestBody Projects.NewProject project) {
        ProjectView started = projects.start(project, callers.current());
        return ResponseEntity.created(URI.create("/api/projects/" + started.id())).body(started);
    }

    @GetMapping("/api/projects")
    List<ProjectView> list(@RequestParam String organization) {
        return projects.of(organization, callers.current());
    }

    @GetMapping("/api/projects/{id}")
    ProjectView project(@PathVariable long id) {
        return projects.view(id, callers.current());
    }

    @PostMapping("/api/projects/{id}/sign-off")
    ProjectView signOff(@PathVariable long id, @RequestBody SignOff signOff) {
        return projects.signOff(id, signOff.accepted(), signOff.comment(), callers.current());
    }
}
