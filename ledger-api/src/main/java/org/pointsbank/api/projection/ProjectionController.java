package org.pointsbank.api.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-model maintenance for admins: status of every projection, rebuild one from the log. */
@Tag(name = FeatureTags.PROJECTION)
@RestController
@RequestMapping("/api/v1/admin/projections")
public class ProjectionController {

    private final Projections projections;

    public ProjectionController(Projections projections) {
        this.projections = projections;
    }

    @Operation(
            operationId = "listProjections",
            summary = "List the read models and their status",
            description = "Admins. Each with its position in the event log, lag, whether it can be rebuilt and, with a"
                    + " dead-letter queue, how many events it parked.")
    @ApiResponse(responseCode = "200", description = "every read model")
    @GetMapping
    @PreAuthorize("@access.isAdmin(authentication)")
    public List<ProjectionStatus> list() {
        return projections.all();
    }

    @Operation(operationId = "getProjection", summary = "Read a read model's status", description = "Admins.")
    @ApiResponse(responseCode = "200", description = "the read model's status")
    @ProblemCodes(ProblemCode.PROJECTION_NOT_FOUND)
    @GetMapping("/{name}")
    @PreAuthorize("@access.isAdmin(authentication)")
    public ProjectionStatus get(@PathVariable String name) {
        return projections.status(name);
    }

    /** 202: the rebuild runs in the background; follow it with GET. */
    @Operation(
            operationId = "rebuildProjection",
            summary = "Rebuild a read model from the event log",
            description = "Admins. The rebuild runs in the background: a copy is built from the log beside the live"
                    + " read model, which keeps answering every read, and swapped in when it has caught up. Follow it"
                    + " with getProjection: REBUILDING (at the copy's position) until the swap, LIVE after. One"
                    + " rebuild at a time across instances.")
    @ApiResponse(
            responseCode = "202",
            description = "the rebuild has started",
            content = @Content(schema = @Schema(implementation = ProjectionStatus.class)))
    @ProblemCodes({
        ProblemCode.PROJECTION_NOT_FOUND,
        ProblemCode.PROJECTION_NOT_REBUILDABLE,
        ProblemCode.PROJECTION_REBUILD_RUNNING
    })
    @PostMapping("/{name}/rebuild")
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        projections.rebuild(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.status(name));
    }
}
