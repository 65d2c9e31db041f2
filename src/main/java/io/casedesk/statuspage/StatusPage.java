package io.casedesk.statuspage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import io.casedesk.maintenance.MaintenanceStatus;
import io.casedesk.maintenance.MaintenanceView;
import io.casedesk.maintenance.MaintenanceWindows;
import io.casedesk.mastercase.MasterCaseView;
import io.casedesk.mastercase.MasterCases;
import io.casedesk.notification.NotificationProperties;

/** The public network status: open master cases, maintenance in progress and ahead, and recent history. */
@Service
public class StatusPage {

    static final Duration HISTORY = Duration.ofDays(14);

    private final MasterCases masterCases;
    private final MaintenanceWindows maintenance;
    private final NotificationProperties notificationProperties;
    private final StatusTimes times;
    private final Clock clock;

    StatusPage(MasterCases masterCases, MaintenanceWindows maintenance, NotificationProperties notificationProperties,
            StatusPageProperties properties, Clock clock) {
        this.masterCases = masterCases;
        this.maintenance = maintenance;
        this.notificationProperties = notificationProperties;
        this.times = new StatusTimes(properties.zone());
        this.clock = clock;
    }

    /** How the page and the feed state times. */
    public StatusTimes times() {
        return times;
    }

    public StatusSnapshot snapshot() {
        Instant now = Instant.now(clock);
        Instant since = now.minus(HISTORY);
        List<MasterCaseView> all = masterCases.current(since);
        List<MaintenanceView> coming = maintenance.upcoming(null);
        return new StatusSnapshot(now, all.stream().filter(MasterCaseView::open).toList(),
                coming.stream().filter(w -> w.status() == MaintenanceStatus.IN_PROGRESS).toList(),
                coming.stream().filter(w -> w.status() == MaintenanceStatus.SCHEDULED).toList(),
                all.stream().filter(m -> !m.open()).toList(), maintenance.recent(since));
    }

    /** The status as an Atom feed: one entry per master-case update and per maintenance window. */
    public String atom() {
        StatusSnapshot snapshot = snapshot();
        String base = notificationProperties.publicUrl().toString().replaceAll("/$", "");
        List<SyndEntry> entries = new ArrayList<>();
        List<MasterCaseView> masters = new ArrayList<>(snapshot.masterCases());
        masters.addAll(snapshot.resolvedMasterCases());
        for (MasterCaseView master : masters) {
            entries.add(entry(base + "/status#" + master.number(), master.number() + ": " + master.title(),
                    "Since " + times.format(master.openedAt()) + ": " + master.description(), master.openedAt()));
            int index = 0;
            for (MasterCaseView.Update update : master.updates()) {
                index++;
                entries.add(entry(base + "/status#" + master.number() + "-" + index, (master.open() ? "Update " : "Resolved ")
                        .concat(master.number()) + ": " + master.title(), times.format(update.at()) + ": " + update.text(),
                        update.at()));
            }
        }
        List<MaintenanceView> windows = new ArrayList<>(snapshot.ongoingMaintenance());
        windows.addAll(snapshot.upcomingMaintenance());
        windows.addAll(snapshot.pastMaintenance());
        for (MaintenanceView window : windows) {
            entries.add(entry(base + "/status#maintenance-" + window.id(), window.title() + " ("
                    + window.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")",
                    times.format(window.startsAt()) + " to " + times.format(window.endsAt()) + ": " + window.description()
                            + "\nWhy: " + window.justification(), window.noticeAt()));
        }
        entries.sort(Comparator.comparing(SyndEntry::getUpdatedDate).reversed());
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("Network status");
        feed.setLink(base + "/status");
        feed.setUri(base + "/status/feed.atom");
        feed.setDescription("Master cases and maintenance windows");
        feed.setPublishedDate(Date.from(snapshot.generatedAt()));
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The status feed cannot be written", e);
        }
    }

    private static SyndEntry entry(String uri, String title, String text, Instant at) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(uri);
        entry.setLink(uri);
        entry.setTitle(title);
        SyndContent content = new SyndContentImpl();
        content.setType("text/plain");
        content.setValue(text);
        entry.setDescription(content);
        entry.setUpdatedDate(Date.from(at));
        entry.setPublishedDate(Date.from(at));
        return entry;
    }
}
