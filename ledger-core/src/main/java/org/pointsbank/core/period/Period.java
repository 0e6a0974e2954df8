package org.pointsbank.core.period;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.period.api.ClosePeriod;
import org.pointsbank.core.period.api.CommendationsConfirmed;
import org.pointsbank.core.period.api.ConfirmCommendations;
import org.pointsbank.core.period.api.FileObjection;
import org.pointsbank.core.period.api.ObjectionFiled;
import org.pointsbank.core.period.api.PeriodClosed;
import org.pointsbank.core.period.api.RankedCard;
import org.pointsbank.core.period.api.RankingPublished;
import org.pointsbank.core.period.api.VolunteerCommended;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * A calendar month of rankings ({@code 2026-11}), as an aggregate from the moment it is closed: its final
 * standings, the public-notice window, objections and commendations. An open month has no events.
 */
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Period {

    /** The category commendations follow: all points earned. */
    public static final String COMMENDED_CATEGORY = "all";

    @AggregateIdentifier
    private String period;

    private boolean closed;
    private boolean commended;
    private Instant noticeEndsAt;
    private List<RankedCard> standings = new ArrayList<>();

    protected Period() {
        // for Axon (created by the first command) and Jackson's snapshots
    }

    /** Answers the close as recorded. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PeriodClosed handle(ClosePeriod command, LedgerCalendar calendar) {
        if (closed) {
            throw new PeriodAlreadyClosed(command.period());
        }
        if (!YearMonth.from(calendar.today()).isAfter(YearMonth.parse(command.period()))) {
            throw new PeriodNotEnded(command.period());
        }
        Instant now = calendar.now();
        PeriodClosed closed = new PeriodClosed(
                command.period(), command.topN(), now.plus(Duration.ofDays(command.noticeDays())), now);
        apply(closed);
        apply(new RankingPublished(command.period(), command.topN(), List.copyOf(command.standings()), now));
        return closed;
    }

    /** Answers the objection as recorded. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ObjectionFiled handle(FileObjection command, LedgerCalendar calendar) {
        requireClosed(command.period());
        Instant now = calendar.now();
        if (!now.isBefore(noticeEndsAt)) {
            throw new NoticeWindowEnded(period, noticeEndsAt);
        }
        if (standings.stream().noneMatch(line -> line.cardId().equals(command.cardId()))) {
            throw new CardNotRanked(period, command.cardId());
        }
        ObjectionFiled filed = new ObjectionFiled(
                period,
                command.objectionId(),
                command.cardId(),
                command.stationId(),
                command.entryId(),
                command.reason(),
                now);
        apply(filed);
        return filed;
    }

    /** Answers the commendations recorded, so the caller can credit their bonus points. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<VolunteerCommended> handle(ConfirmCommendations command, LedgerCalendar calendar) {
        requireClosed(command.period());
        if (commended) {
            throw new CommendationsAlreadyConfirmed(period);
        }
        Instant now = calendar.now();
        if (now.isBefore(noticeEndsAt)) {
            throw new NoticeWindowOpen(period, noticeEndsAt);
        }
        List<VolunteerCommended> commendations = standings.stream()
                .filter(line -> line.stationId() != null && COMMENDED_CATEGORY.equals(line.category()))
                .map(line -> new VolunteerCommended(
                        period,
                        line.cardId(),
                        line.stationId(),
                        line.rank(),
                        line.points(),
                        command.bonusPoints(),
                        now))
                .toList();
        commendations.forEach(commendation -> apply(commendation));
        apply(new CommendationsConfirmed(period, commendations.size(), now));
        return commendations;
    }

    private void requireClosed(String requested) {
        if (!closed) {
            throw new PeriodNotClosed(requested);
        }
    }

    @EventSourcingHandler
    void on(PeriodClosed event) {
        period = event.period();
        closed = true;
        noticeEndsAt = event.noticeEndsAt();
    }

    @EventSourcingHandler
    void on(RankingPublished event) {
        standings = new ArrayList<>(event.standings());
    }

    @EventSourcingHandler
    void on(CommendationsConfirmed event) {
        commended = true;
    }
}
