package io.casedesk.statuspage;

import java.time.Instant;
import java.util.List;

import io.casedesk.maintenance.MaintenanceView;
import io.casedesk.mastercase.MasterCaseView;

/**
 * What the public status page shows.
 *
 * @param masterCases         open master cases with their timeline of updates
 * @param ongoingMaintenance  windows in progress
 * @param upcomingMaintenance scheduled windows, soonest first
 * @param resolvedMasterCases master cases resolved in the last 14 days
 * @param pastMaintenance     windows completed or cancelled in the last 14 days
 */
public record StatusSnapshot(Instant generatedAt, List<MasterCaseView> masterCases,
        List<MaintenanceView> ongoingMaintenance, List<MaintenanceView> upcomingMaintenance,
        List<MasterCaseView> resolvedMasterCases, List<MaintenanceView> pastMaintenance) {
}
