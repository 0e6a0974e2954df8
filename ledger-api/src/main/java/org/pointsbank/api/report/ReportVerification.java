package org.pointsbank.api.report;

import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.core.card.api.CreditProblemReport;
import org.pointsbank.core.report.api.RecordRewardRefused;
import org.pointsbank.core.report.api.RewardDue;
import org.pointsbank.core.report.api.Verdict;
import org.pointsbank.core.report.api.VerifyReport;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.shared.RuleViolation;
import org.springframework.stereotype.Service;

/**
 * Verifying a resolved report, in the request's one unit of work ({@code IdempotentRequests}): the report decides
 * (a wrong state is 409 REPORT_STATE_CONFLICT, the resolver or the reporter 409 VERIFIER_NOT_INDEPENDENT) and answers
 * the reward due, which is then credited to the reporter's card under the entry id derived from the report, dated
 * today. The card's refusal (closed, month closed, daily cap of rewarded reports) is recorded on the report and the
 * verification stands; any other failure undoes both. The report's lock is taken first and held to the commit, so
 * concurrent verifications of one report are one after the other, and only the first finds it RESOLVED.
 */
@Service
public class ReportVerification {

    /** The card says this entry is on it already: a second reward of one report, which the report never allows. */
    private static final String DUPLICATE_ENTRY_ID = "DUPLICATE_ENTRY_ID";

    private final LedgerCommands commands;
    private final LedgerCalendar calendar;

    public ReportVerification(LedgerCommands commands, LedgerCalendar calendar) {
        this.commands = commands;
        this.calendar = calendar;
    }

    public VerificationResponse verify(String reportId, VerifyReportRequest request, LedgerUser user) {
        Verdict verdict = Verdict.valueOf(request.verdict());
        RewardDue due =
                commands.send(new VerifyReport(reportId, verdict, request.note(), user.getUsername(), user.cardId()));
        if (verdict == Verdict.NOT_FIXED) {
            return new VerificationResponse(reportId, "ACCEPTED", null, null, null);
        }
        if (due == null) {
            return new VerificationResponse(reportId, "VERIFIED", 0, null, null);
        }
        try {
            commands.toCard(
                    due.cardId(),
                    new CreditProblemReport(
                            due.cardId(),
                            due.entryId(),
                            due.stationId(),
                            due.reportId(),
                            due.categoryCode(),
                            due.points(),
                            calendar.today()));
        } catch (RuleViolation refused) {
            if (DUPLICATE_ENTRY_ID.equals(refused.code())) {
                throw refused;
            }
            commands.send(new RecordRewardRefused(reportId, refused.code(), refused.getMessage()));
            return new VerificationResponse(
                    reportId, "VERIFIED", 0, null, new RewardRefusal(refused.code(), refused.getMessage()));
        }
        return new VerificationResponse(reportId, "VERIFIED", due.points(), due.entryId(), null);
    }
}
