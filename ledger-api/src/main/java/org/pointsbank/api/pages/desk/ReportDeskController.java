package org.pointsbank.api.pages.desk;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.photo.PhotoReads;
import org.pointsbank.api.report.ReportPageResponse;
import org.pointsbank.api.report.ReportReads;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.core.shared.LedgerCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk's problem reports: the current station's reports ({@link DeskStations}, as the rest of the desk) by status, newest first, in keyset pages ("more" over
 * htmx, a plain link without script), a report with its timeline and photos, and the step forms its state allows
 * ({@link ReportStepPages}). Reads go through the API's own services and access rules ({@code @reportAccess}).
 */
@Controller
public class ReportDeskController {

    static final int PAGE_SIZE = 20;

    /** The filters offered, in the order of a report's life; none is every status. */
    static final List<String> STATUSES =
            List.of("SUBMITTED", "ACCEPTED", "DISPATCHED", "RESOLVED", "VERIFIED", "REJECTED", "DUPLICATE");

    private final ReportReads reads;
    private final ReportPage page;
    private final PhotoReads photos;
    private final LedgerCalendar calendar;
    private final DeskStations stations;

    ReportDeskController(
            ReportReads reads, ReportPage page, PhotoReads photos, LedgerCalendar calendar, DeskStations stations) {
        this.stations = stations;
        this.reads = reads;
        this.page = page;
        this.photos = photos;
        this.calendar = calendar;
    }

    @GetMapping("/desk/reports")
    @PreAuthorize("@reportAccess.mayList(authentication)")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal LedgerUser user,
            HttpSession session,
            Model model) {
        Optional<String> station = stations.current(user, session);
        if (station.isEmpty()) {
            return "redirect:/desk";
        }
        String filter = status == null || status.isBlank() ? null : status;
        if (filter != null && !STATUSES.contains(filter)) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "status is not a report status", "status");
        }
        ReportPageResponse result = reads.list(user, filter, station.get(), null, null, null, cursor, PAGE_SIZE);
        model.addAttribute("station", stations.name(station.get()));
        model.addAttribute("status", filter);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("reports", result.reports());
        model.addAttribute("nextCursor", result.nextCursor());
        model.addAttribute("times", new DeskTimes(calendar.zone()));
        return htmx != null && cursor != null ? "desk/reports :: rows" : "desk/reports";
    }

    @GetMapping("/desk/reports/{reportId}")
    @PreAuthorize("@reportAccess.mayRead(authentication, #reportId)")
    String report(@PathVariable String reportId, Authentication authentication, Model model) {
        page.fill(model, reportId, authentication);
        return ReportPage.VIEW;
    }

    /** The API's photo, under the same rule as {@code GET /api/v1/reports/{reportId}/photos/{photoId}}. */
    @GetMapping("/desk/reports/{reportId}/photos/{photoId}")
    @PreAuthorize("@reportAccess.mayRead(authentication, #reportId)")
    ResponseEntity<byte[]> photo(@PathVariable String reportId, @PathVariable String photoId) {
        return photos.image(reportId, photoId);
    }
}
