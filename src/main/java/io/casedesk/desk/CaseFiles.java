package io.casedesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.Labels;
import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.sla.ClockKind;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaStatus;
import io.casedesk.supportcase.CaseComment;
import io.casedesk.supportcase.CaseHistoryEntry;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.SupportCase;

/** Builds the {@link CaseFile} of a case for a staff member, from the capabilities' public services. */
@Service
public class CaseFiles {

    static final String CASE_PAGE = "/desk/cases/";
    /** Case files are for staff: they see every organization's cases. */
    private static final Caller STAFF = Caller.agent("system", Set.of("staff"));

    private final CaseManagement cases;
    private final CustomerDirectory directory;
    private final SlaClocks slaClocks;
    private final Labels labels;
    private final DeskProperties properties;
    private final Clock clock;

    CaseFiles(CaseManagement cases, CustomerDirectory directory, SlaClocks slaClocks, Labels labels,
            DeskProperties properties, Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.slaClocks = slaClocks;
        this.labels = labels;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The case file with the configured number of latest messages and history entries, as task forms show it;
     * empty when no case has the number.
     */
    @Transactional(readOnly = true)
    public Optional<CaseFile> find(String number, Viewer viewer) {
        return cases.find(number, STAFF).map(c -> file(c, viewer, properties.caseFileEntries()));
    }

    /** The case file with at most {@code bound} latest messages, history entries and linked cases of each kind. */
    @Transactional(readOnly = true)
    public CaseFile of(String number, Viewer viewer, int bound) {
        return file(cases.get(number, STAFF), viewer, bound);
    }

    private CaseFile file(SupportCase c, Viewer viewer, int bound) {
        OrganizationInfo organization = directory.organization(c.organization());
        ZoneId zone = organization.timeZone();
        Locale locale = viewer.locale();
        Labels.Book book = labels.in(locale);

        SlaStatus sla = slaClocks.status(c.number());
        Instant now = clock.instant();
        List<CaseFile.Due> dues = new ArrayList<>();
        due(dues, ClockKind.INITIAL_RESPONSE, sla.initialResponseDue(), viewer, zone, now, book);
        due(dues, ClockKind.UPDATE, sla.nextUpdateDue(), viewer, zone, now, book);
        due(dues, ClockKind.RESOLUTION, sla.resolutionDue(), viewer, zone, now, book);

        boolean spanish = "es".equals(locale.getLanguage());
        List<CaseFile.Message> conversation = c.comments().stream()
                .sorted(Comparator.comparing(CaseComment::at).thenComparing(CaseComment::id).reversed())
                .limit(bound)
                .map(comment -> new CaseFile.Message(viewer.time(comment.at(), zone), comment.author(),
                        comment.isPublic() ? (spanish ? "público" : "public") : (spanish ? "nota interna" : "internal note"),
                        comment.body()))
                .toList();
        List<CaseFile.Change> history = c.history().stream()
                .sorted(Comparator.comparing(CaseHistoryEntry::at).reversed())
                .limit(bound)
                .map(entry -> new CaseFile.Change(viewer.time(entry.at(), zone), entry.actor(), change(entry, book)))
                .toList();
        List<CaseFile.Link> linked = new ArrayList<>();
        link(linked, c.relatedCase(), spanish ? "caso relacionado" : "related case", book);
        link(linked, c.duplicateOf(), spanish ? "duplicado de" : "duplicate of", book);
        link(linked, c.masterCase(), spanish ? "caso maestro" : "master case", book);
        for (SupportCase child : cases.linkedTo(c.number(), STAFF).stream().limit(bound).toList()) {
            linked.add(new CaseFile.Link(child.number(), spanish ? "vinculado a este caso maestro" : "linked to this master case",
                    child.subject(), book.status(child.status())));
        }
        return new CaseFile(c.number(), c.subject(), c.description(), organization.code(), organization.name(),
                c.reporterEmail(), book.channel(c.channel()), book.caseType(c.type()), book.productLine(c.productLine()),
                book.category(c.category()), book.priority(c.priority()), book.status(c.status()),
                book.group(c.assignedGroup()), zone.getId(), viewer.zone().getId(), viewer.time(c.openedAt(), zone), dues,
                conversation, history, linked, CASE_PAGE + c.number());
    }

    private static void due(List<CaseFile.Due> dues, ClockKind kind, Instant due, Viewer viewer, ZoneId zone, Instant now,
            Labels.Book book) {
        if (due != null) {
            dues.add(new CaseFile.Due(book.clock(kind), viewer.time(due, zone), viewer.dueIn(due, now), due.isBefore(now)));
        }
    }

    private void link(List<CaseFile.Link> linked, String number, String relation, Labels.Book book) {
        if (number != null) {
            cases.find(number, STAFF).ifPresent(other -> linked.add(new CaseFile.Link(other.number(), relation,
                    other.subject(), book.status(other.status()))));
        }
    }

    private static String change(CaseHistoryEntry entry, Labels.Book book) {
        String status = entry.from() == null || entry.from() == entry.to()
                ? book.status(entry.to())
                : book.status(entry.from()) + " → " + book.status(entry.to());
        return entry.reason() == null || entry.reason().isBlank() ? status : status + ": " + entry.reason();
    }
}
