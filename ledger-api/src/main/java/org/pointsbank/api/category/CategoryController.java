package org.pointsbank.api.category;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.projections.category.ReportCategoryRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The report category catalogue: added, repriced and retired by admins, read by every signed-in user. */
@Tag(name = FeatureTags.REPORT_CATEGORY)
@RestController
@RequestMapping("/api/v1/report-categories")
public class CategoryController {

    private final CategoryAdmin admin;

    private final ReportCategoryRepository categories;

    public CategoryController(CategoryAdmin admin, ReportCategoryRepository categories) {
        this.admin = admin;
        this.categories = categories;
    }

    @Operation(
            operationId = "listReportCategories",
            summary = "List the report categories",
            description = "Every signed-in user, by code; retired ones only with `includeRetired=true`. Eventually"
                    + " consistent with what was recorded.")
    @ApiResponse(responseCode = "200", description = "the categories")
    @GetMapping
    @PreAuthorize("@access.maySignIn(authentication)")
    public List<CategoryResponse> list(@RequestParam(required = false) Boolean includeRetired) {
        boolean all = Boolean.TRUE.equals(includeRetired);
        return categories.all().stream()
                .filter(category -> all || !category.retired())
                .map(CategoryResponse::of)
                .toList();
    }

    @Operation(
            operationId = "getReportCategory",
            summary = "Read a report category",
            description = "Every signed-in user; retired ones too.")
    @ApiResponse(
            responseCode = "200",
            description = "the category",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @ProblemCodes(ProblemCode.CATEGORY_NOT_FOUND)
    @GetMapping("/{code}")
    @PreAuthorize("@access.maySignIn(authentication)")
    public CategoryResponse get(@PathVariable String code) {
        return categories.find(code).map(CategoryResponse::of).orElseThrow(() -> CategoryQuotes.notFound(code, "code"));
    }

    @Operation(
            operationId = "addReportCategory",
            summary = "Add a report category",
            description = "Admins. The code is a slug chosen by the caller (Open311's `service_code`); `points` (0–100,"
                    + " else 422 INVALID_CATEGORY_TERMS) is what a verified report of the category earns, as it is"
                    + " when the report is accepted.")
    @ApiResponse(
            responseCode = "201",
            description = "the category, open for reports",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @ProblemCodes({ProblemCode.CATEGORY_EXISTS, ProblemCode.INVALID_CATEGORY_TERMS})
    @PostMapping
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<String> add(@Valid @RequestBody AddReportCategoryRequest request) {
        return admin.add(request);
    }

    @Operation(
            operationId = "retireReportCategory",
            summary = "Retire a report category",
            description = "Admins; no body. A retired category takes no new reports (422 CATEGORY_RETIRED at"
                    + " submission, and for a second retirement); reports already submitted go on through their"
                    + " lifecycle and earn the points recorded at their acceptance.")
    @ApiResponse(
            responseCode = "200",
            description = "the category, retired",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @ProblemCodes({ProblemCode.CATEGORY_NOT_FOUND, ProblemCode.CATEGORY_RETIRED})
    @PostMapping("/{code}/retirement")
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<String> retire(@PathVariable String code) {
        return admin.retire(code);
    }

    @Operation(
            operationId = "repriceReportCategory",
            summary = "Change a report category's points",
            description = "Admins. An extension of the contract: the points (0–100, else 422 INVALID_CATEGORY_TERMS)"
                    + " for reports accepted from now on; reports accepted before keep the points recorded then.")
    @ApiResponse(
            responseCode = "200",
            description = "the category after the change",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @ProblemCodes({ProblemCode.CATEGORY_NOT_FOUND, ProblemCode.INVALID_CATEGORY_TERMS})
    @PostMapping("/{code}/points")
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<String> reprice(
            @PathVariable String code, @Valid @RequestBody CategoryPointsRequest request) {
        return admin.reprice(code, request);
    }
}
