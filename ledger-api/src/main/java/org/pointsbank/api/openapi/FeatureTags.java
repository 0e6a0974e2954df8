package org.pointsbank.api.openapi;

import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;

/**
 * One tag per feature, in the order a reader meets them; each controller names its feature's tag
 * ({@code @Tag(name = FeatureTags.CARD)}), and a generated client makes one API class of each.
 */
public final class FeatureTags {

    public static final String CARD = "card";
    public static final String CREDIT = "credit";
    public static final String STATEMENT = "statement";
    public static final String STATION = "station";
    public static final String GIFT = "gift";
    public static final String REDEMPTION = "redemption";
    public static final String RANKING = "ranking";
    public static final String PERIOD = "period";
    public static final String ACCOUNT = "account";
    public static final String AUDIT = "audit";
    public static final String PROJECTION = "projection";
    public static final String DEAD_LETTER = "dead-letter";
    public static final String ACTIVITY = "activity";
    public static final String CHECK_IN = "check-in";
    public static final String READING_ROOM = "reading-room";
    public static final String GRID = "grid";
    public static final String REPORT_CATEGORY = "report-category";
    public static final String REPORT = "report";
    public static final String OPEN311 = "open311";
    public static final String PHOTO = "photo";
    public static final String OVERVIEW = "overview";
    public static final String CERTIFICATE = "certificate";

    static final List<Tag> ALL = List.of(
            tag(
                    CARD,
                    "Reward cards: issue one (with its holder's personal data, kept outside the event log and"
                            + " erasable), read it and its balance at any instant, close it."),
            tag(
                    CREDIT,
                    "Entries on a card: credits for volunteer hours and study sessions under the points policy,"
                            + " and reversals of credits."),
            tag(
                    STATEMENT,
                    "A card's statement: its entries oldest first with their running balance, as JSON pages"
                            + " or CSV."),
            tag(STATION, "Stations, where cards are issued and credited and gifts are offered."),
            tag(GIFT, "A station's gift catalogue: add, restock, reprice and retire gifts."),
            tag(
                    REDEMPTION,
                    "Redemptions of a card's points for a gift: placed (the points and the gift are held),"
                            + " then fulfilled at the gift's station or cancelled; unfinished ones expire."),
            tag(
                    RANKING,
                    "Monthly rankings of cards by points, per category and station, and how a card's rank was"
                            + " reached."),
            tag(
                    PERIOD,
                    "Months of the ledger: closing one, objections during its notice window, and the"
                            + " commendations (bonus entries) confirmed for it."),
            tag(ACCOUNT, "Users and their roles, enabling and disabling them, and one's own password."),
            tag(
                    AUDIT,
                    "The audit trail of every event, verification of its hash chain, and reconciliation of the"
                            + " read models with the event log."),
            tag(PROJECTION, "The read models' status, and rebuilding one from the event log."),
            tag(DEAD_LETTER, "Events a read model or process could not handle, parked per card, and retrying them."),
            tag(
                    ACTIVITY,
                    "Activities at a station: the roster, check-in and check-out by card or by the activity's"
                            + " rotating code, attendance on paper, and the close that credits each attendee once."),
            tag(
                    CHECK_IN,
                    "Rotating check-in codes of a station's activities and reading room, as JSON or as QR codes"
                            + " (PNG, SVG), for its staff and its kiosk."),
            tag(
                    READING_ROOM,
                    "Self-service reading rooms: a volunteer starts and ends a reading session with the code on the"
                            + " door; the end credits a study session of its minutes."),
            tag(
                    GRID,
                    "The city's five-level grid (county, street, community, grid, unit): its cells and the station"
                            + " that handles problem reports in each, inherited downwards."),
            tag(
                    REPORT_CATEGORY,
                    "The catalogue of problem report categories (Open311's services): the points a verified report"
                            + " earns, repricing, retirement."),
            tag(
                    REPORT,
                    "Problem reports: submitted on a card to the station that handles the grid cell, triaged,"
                            + " dispatched, resolved and independently verified, which credits the reporter once;"
                            + " the report's timeline, lists and monthly statistics."),
            tag(
                    OPEN311,
                    "Open311 GeoReport v2 (JSON): the categories as services, and problem reports as service"
                            + " requests, read and filed as existing civic tools do."),
            tag(
                    PHOTO,
                    "Photos of problem reports: JPEG or PNG checked by content, stored without their metadata outside"
                            + " the event log (the report's events hold their hash), read back, erased by an admin."),
            tag(
                    OVERVIEW,
                    "The month at a glance, behind the pages' charts: a station's points by kind per week, activities"
                            + " held and problem reports handled; a card's months."),
            tag(
                    CERTIFICATE,
                    "Certificates of volunteer service: a numbered record of a card's volunteer and study hours, issued"
                            + " by its station as an event, as JSON or a PDF with a QR code of its public verification,"
                            + " which turns invalid when an entry it counted is reversed."));

    private FeatureTags() {}

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
