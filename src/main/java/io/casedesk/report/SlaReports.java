package io.casedesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.UnprocessableException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.sla.ClockKind;
import io.casedesk.sla.SlaRecords;
import io.casedesk.supportcase.CaseStatistics;

/**
 * Monthly SLA reports of an organization, made of what the clocks recorded ({@link SlaRecords}) and of the cases'
 * history ({@link CaseStatistics}). Staff read every organization's; contacts their own.
 */
@Service
@Transactional(readOnly = true)
public class SlaReports {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    private final CustomerDirectory directory;
    private final SlaRecords records;
    private final CaseStatistics statistics;
    private final Clock clock;

    SlaReports(CustomerDirectory directory, SlaRecords records, CaseStatistics statistics, Clock clock) {
        this.directory = directory;
        this.records = records;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** The report of a month given as {@code yyyy-MM}, in the organization's time zone; the current month so far. */
    public SlaReport report(String organizationCode, String month, Caller caller) {
        caller.requireAccessTo(organizationCode);
        OrganizationInfo organization = directory.organization(organizationCode);
        YearMonth yearMonth = parse(month);
        ZoneId zone = organization.timeZone();
        Instant from = yearMonth.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = yearMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        if (from.isAfter(clock.instant())) {
            throw new UnprocessableException("The month " + month + " has not begun in " + zone + ".");
        }
        List<SlaRecords.Period> periods = records.periodsEnded(organizationCode, from, to);
        CaseStatistics.Counts counts = statistics.between(organizationCode, from, to);
        return new SlaReport(organization.code(), organization.name(), yearMonth, zone.getId(), organization.slaPlan(),
                from, to, counts.opened(), counts.closed(), counts.reopened(), counts.closedNoResponse(),
                targets(periods),
                times(periods, p -> p.clock() == ClockKind.INITIAL_RESPONSE && p.answered()),
                times(periods, p -> p.clock() == ClockKind.RESOLUTION && p.closed()),
                records.breaches(organizationCode, from, to).stream().map(b -> new SlaReport.Breach(b.caseNumber(),
                        b.clock(), b.priority(), b.dueAt(), b.breachedAt())).toList());
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month, MONTH);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("The month must be written yyyy-MM, e.g. 2026-11; '" + month
                    + "' is not.");
        }
    }

    /** Kept targets by priority and clock, in the order of priorities and clocks. */
    private static List<SlaReport.Targets> targets(List<SlaRecords.Period> periods) {
        Map<String, Map<ClockKind, List<SlaRecords.Period>>> grouped = periods.stream().collect(Collectors.groupingBy(
                SlaRecords.Period::priority, TreeMap::new,
                Collectors.groupingBy(SlaRecords.Period::clock, () -> new TreeMap<>(Comparator.naturalOrder()),
                        Collectors.toList())));
        List<SlaReport.Targets> rows = new ArrayList<>();
        grouped.forEach((priority, byClock) -> byClock.forEach((kind, ofClock) -> {
            long met = ofClock.stream().filter(SlaRecords.Period::met).count();
            rows.add(new SlaReport.Targets(priority, kind,
                    List.copyOf(ofClock.stream().map(SlaRecords.Period::target).collect(Collectors.toCollection(TreeSet::new))),
                    ofClock.size(), met, percent(met, ofClock.size())));
        }));
        return rows;
    }

    /** Mean and p90 of all the selected periods, then by priority. */
    private static List<SlaReport.Times> times(List<SlaRecords.Period> periods, Predicate<SlaRecords.Period> selected) {
        List<SlaRecords.Period> chosen = periods.stream().filter(selected).toList();
        List<SlaReport.Times> rows = new ArrayList<>();
        if (chosen.isEmpty()) {
            return rows;
        }
        rows.add(times(SlaReport.ALL, chosen));
        chosen.stream().collect(Collectors.groupingBy(SlaRecords.Period::priority, TreeMap::new, Collectors.toList()))
                .forEach((priority, ofPriority) -> rows.add(times(priority, ofPriority)));
        return rows;
    }

    private static SlaReport.Times times(String priority, List<SlaRecords.Period> periods) {
        long[] seconds = periods.stream().map(SlaRecords.Period::businessTime).mapToLong(Duration::getSeconds).sorted()
                .toArray();
        long total = 0;
        for (long s : seconds) {
            total += s;
        }
        long mean = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(seconds.length), 0, RoundingMode.HALF_UP)
                .longValueExact();
        int rank = (int) Math.ceil(0.9 * seconds.length);
        return new SlaReport.Times(priority, seconds.length, mean, seconds[rank - 1]);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
