package org.pointsbank.api.projection;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-model maintenance for admins: status of every projection, rebuild one from the log. */
@RestController
@RequestMapping("/api/v1/admin/projections")
public class ProjectionController {

    private final Projections projections;

    public ProjectionController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    @PreAuthorize("@access.isAdmin(authentication)")
    public List<ProjectionStatus> list() {
        return projections.all();
    }

    @GetMapping("/{name}")
    @PreAuthorize("@access.isAdmin(authentication)")
    public ProjectionStatus get(@PathVariable String name) {
        return projections.status(name);
    }

    /** 202: the rebuild runs in the background; follow it with GET. */
    @PostMapping("/{name}/rebuild")
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        projections.rebuild(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.status(name));
    }
}
