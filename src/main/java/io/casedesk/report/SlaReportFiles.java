package io.casedesk.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

import io.casedesk.common.Labels;
import io.casedesk.common.LocalTimes;
import io.casedesk.common.PdfPages;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;

/** An SLA report as CSV (one figure per line) and as a PDF in the organization's language. */
@Component
public class SlaReportFiles {

    private static final String[] CSV_HEADER = { "measure", "priority", "clock", "value", "detail" };

    private final PdfPages pages;
    private final CustomerDirectory directory;
    private final Labels labels;

    SlaReportFiles(PdfPages pages, CustomerDirectory directory, Labels labels) {
        this.pages = pages;
        this.directory = directory;
        this.labels = labels;
    }

    /**
     * RFC 4180, one figure per line: the case counts, then per priority and clock the periods, kept targets and their
     * share, then the mean and p90 times in seconds, then each breach with its case number and time.
     */
    public String csv(SlaReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            printer.printRecord("organization", "", "", report.organization(), report.organizationName());
            printer.printRecord("month", "", "", report.month(), report.timeZone());
            printer.printRecord("cases_opened", "", "", report.casesOpened(), "");
            printer.printRecord("cases_closed", "", "", report.casesClosed(), "");
            printer.printRecord("cases_reopened", "", "", report.casesReopened(), "");
            printer.printRecord("closed_no_response", "", "", report.closedNoResponse(), "");
            for (SlaReport.Targets row : report.targets()) {
                printer.printRecord("periods", row.priority(), row.clock(), row.periods(), String.join(" ", row.promised()));
                printer.printRecord("targets_met", row.priority(), row.clock(), row.met(), "");
                printer.printRecord("targets_met_percent", row.priority(), row.clock(), row.metPercent(), "");
            }
            times(printer, "first_response", report.timeToFirstResponse());
            times(printer, "resolution", report.timeToResolution());
            for (SlaReport.Breach breach : report.breaches()) {
                printer.printRecord("breach", breach.priority(), breach.clock(), breach.caseNumber(), breach.breachedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void times(CSVPrinter printer, String measure, List<SlaReport.Times> rows) throws IOException {
        for (SlaReport.Times row : rows) {
            printer.printRecord(measure + "_cases", row.priority(), "", row.cases(), "");
            printer.printRecord(measure + "_mean_seconds", row.priority(), "", row.meanSeconds(), "");
            printer.printRecord(measure + "_p90_seconds", row.priority(), "", row.p90Seconds(), "");
        }
    }

    /** The report as a PDF, in the organization's language and time zone. */
    public byte[] pdf(SlaReport report) {
        OrganizationInfo organization = directory.organization(report.organization());
        Locale locale = organization.locale();
        ZoneId zone = ZoneId.of(report.timeZone());
        Context context = new Context(locale, Map.of("report", report, "organization", organization,
                "month", report.month().format(DateTimeFormatter.ofPattern("LLLL uuuu", locale)),
                "plan", labels.of(Labels.Kind.SLA_PLAN, report.slaPlan(), locale),
                "breachedAt", report.breaches().stream().map(b -> LocalTimes.describe(b.breachedAt(), zone, locale)).toList(),
                "durations", new Durations()));
        return pages.render("report/sla-report", context);
    }

    /** Seconds and targets written for people: {@code 2 h 05 min}, {@code 3 d 4 h}. */
    public static final class Durations {

        /** Targets as the plan writes them, hour and minute targets readable: {@code PT1H30M} as {@code 1 h 30 min}. */
        public String targets(List<String> targets) {
            return String.join(", ", targets.stream().map(target -> {
                try {
                    return target.startsWith("PT") ? of(Duration.parse(target).getSeconds()) : target;
                } catch (DateTimeParseException notADuration) {
                    return target;
                }
            }).toList());
        }

        public String of(long seconds) {
            Duration d = Duration.ofSeconds(seconds);
            if (d.toDays() > 0) {
                return d.toDays() + " d " + d.toHoursPart() + " h";
            }
            if (d.toHours() > 0) {
                return String.format(Locale.ROOT, "%d h %02d min", d.toHours(), d.toMinutesPart());
            }
            return d.toMinutes() + " min";
        }
    }
}
