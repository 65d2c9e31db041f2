package io.casedesk.supportcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.sla.SlaClocks.CaseState;

/**
 * The case's state machine on its own, without Spring or a database: which transitions each status allows, what
 * they record in the history, and what each registers for the SLA clocks and the customer's notices.
 */
class SupportCaseTest {

    static final Instant MONDAY = Instant.parse("2026-03-09T16:00:00Z");
    static final ZoneId DENVER = ZoneId.of("America/Denver");
    static final CaseSettings SETTINGS = new CaseSettings(Period.ofDays(7), 2, List.of("CLOUD_PBX"), List.of(),
            List.of("support-l2"), List.of("support-l1", "support-l2", "support-l3"), Map.of());

    @Test
    void aNewCaseIsNewAndStartsItsClocksAndTellsTheCustomer() {
        SupportCase c = newCase();

        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
        assertThat(c.history()).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isNull();
            assertThat(entry.to()).isEqualTo(CaseStatus.NEW);
            assertThat(entry.actor()).isEqualTo("alice@acme.example");
        });
        assertThat(kinds(c)).containsExactly("Opened", "Notice OPENED");
    }

    @Test
    void triageSetsTheTargetsAndHandsTheCaseToItsGroup() {
        SupportCase c = published(newCase());

        c.triage(Priority.P2, CaseType.INCIDENT, "CLOUD_PBX", null, "support-l2", "l1", MONDAY);

        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.assignedGroup()).isEqualTo("support-l2");
        assertThat(kinds(c)).containsExactly("Retargeted", "Triaged");
        assertThatThrownBy(() -> c.triage(Priority.P1, CaseType.INCIDENT, null, null, "support-l2", "l1", MONDAY))
                .as("a case is triaged once").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> published(newCase()).triage(Priority.P1G, CaseType.INCIDENT, null, null, "support-l2",
                "l1", MONDAY)).as("P1G is for master cases").isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aQuestionPausesTheClocksUntilTheCustomerReplies() {
        SupportCase c = inProgress();

        c.askCustomer("Which extension?", "l2", MONDAY);
        assertThat(kinds(c)).containsExactly("PublicResponse", "ClocksFollow", "Notice QUESTION");
        assertThat(CaseClocks.state(c)).isEqualTo(CaseState.PAUSED);
        published(c);

        SupportCase.Reply reply = c.customerReplied("Extension 2041", "alice@acme.example", MONDAY.plusSeconds(60));
        assertThat(reply.resumesWork()).isTrue();
        assertThat(CaseClocks.state(c)).isEqualTo(CaseState.WORKING);
        assertThat(kinds(c)).containsExactly("ClocksFollow");
    }

    @Test
    void onlyAnApprovalEndsTheWaitForIt() {
        SupportCase c = inProgress();
        c.awaitApproval("Waits for an MPOC", "system", MONDAY);
        published(c);

        assertThat(c.customerReplied("Any news?", "bob@acme.example", MONDAY).resumesWork()).isFalse();
        assertThat(CaseClocks.state(c)).isEqualTo(CaseState.PAUSED);

        c.resumeWork("Approved", "alice@acme.example", MONDAY);
        assertThat(CaseClocks.state(c)).isEqualTo(CaseState.WORKING);
    }

    @Test
    void aHoldMustEndInTheFutureAndEndsWithTheCustomersReply() {
        SupportCase c = inProgress();

        assertThatThrownBy(() -> c.putOnHold(MONDAY.minusSeconds(1), "late", "l2", MONDAY))
                .isInstanceOf(InvalidRequestException.class);
        c.putOnHold(MONDAY.plusSeconds(86_400), "Waiting for the carrier", "l2", MONDAY);
        assertThat(c.status()).isEqualTo(CaseStatus.ON_HOLD);
        assertThat(kinds(c)).containsExactly("ClocksFollow", "Notice ON_HOLD");
        assertThatThrownBy(() -> c.resolve("Fixed", "l2", MONDAY)).as("an on-hold case is resumed first")
                .isInstanceOf(ConflictException.class);

        c.customerReplied("It works now", "alice@acme.example", MONDAY);
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.onHoldUntil()).isNull();
    }

    @Test
    void aResolutionWaitsForTheCustomerWhoConfirmsOrSaysItIsNotFixed() {
        SupportCase confirmed = inProgress();
        confirmed.resolve("Codec list aligned", "l2", MONDAY);
        assertThat(confirmed.status()).isEqualTo(CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
        assertThat(kinds(confirmed)).containsExactly("PublicResponse", "ClocksFollow", "Notice RESOLVED");
        published(confirmed).confirmResolution("alice@acme.example", "Works", MONDAY.plusSeconds(60));
        assertThat(confirmed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseClocks.state(confirmed)).isEqualTo(CaseState.CLOSED);
        assertThat(kinds(confirmed)).containsExactly("ClocksFollow", "Notice CLOSED");

        SupportCase notFixed = inProgress();
        notFixed.resolve("Codec list aligned", "l2", MONDAY);
        assertThatThrownBy(() -> notFixed.rejectResolution("alice@acme.example", " ", MONDAY))
                .as("the customer says what is still wrong").isInstanceOf(InvalidRequestException.class);
        notFixed.rejectResolution("alice@acme.example", "Still no audio", MONDAY);
        assertThat(notFixed.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void aClosedCaseReopensOnlyInsideItsWindow() {
        SupportCase c = inProgress();
        c.close("Done", "l2", Map.of(), MONDAY);
        Instant deadline = c.reopenDeadline(SETTINGS, DENVER);
        assertThat(deadline).isEqualTo(Instant.parse("2026-03-16T16:00:00Z"));
        assertThatThrownBy(() -> c.postAgentUpdate("More", "l2", MONDAY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.customerReplied("More", "alice@acme.example", MONDAY))
                .isInstanceOf(ConflictException.class);

        assertThat(published(c).reopen("Broken again", "alice@acme.example", CaseComment.AuthorKind.CONTACT, deadline,
                SETTINGS, DENVER)).as("the window has passed").isFalse();
        assertThat(c.reopen("Broken again", "alice@acme.example", CaseComment.AuthorKind.CONTACT,
                deadline.minusSeconds(1), SETTINGS, DENVER)).isTrue();
        assertThat(c.status()).isEqualTo(CaseStatus.CUSTOMER_REOPENED);
        assertThat(kinds(c)).containsExactly("Reopened", "Notice REOPENED");
    }

    @Test
    void onlyAWaitingCaseClosesForNoResponse() {
        SupportCase working = inProgress();
        assertThat(working.closeForNoResponse("No reply", MONDAY)).isFalse();
        assertThat(kinds(working)).isEmpty();

        SupportCase waiting = inProgress();
        waiting.askCustomer("Which extension?", "l2", MONDAY);
        assertThat(published(waiting).closeForNoResponse("No reply", MONDAY)).isTrue();
        assertThat(waiting.status()).isEqualTo(CaseStatus.CLOSED_NO_RESPONSE);
        assertThat(kinds(waiting)).containsExactly("ClocksFollow", "Notice CLOSED_NO_RESPONSE");
        assertThat(published(waiting).reopen("Here it is", "alice@acme.example", CaseComment.AuthorKind.CONTACT, MONDAY,
                SETTINGS, DENVER)).as("a no-response closure opens a new case instead").isFalse();
    }

    @Test
    void theMasterCaseResolvesWhateverTheCaseWasWaitingFor() {
        SupportCase master = published(SupportCase.open(new SupportCase.Opening("ACME", "manager", Channel.SUPPORT,
                CaseType.INCIDENT, null, "Outage", "Outage", null, Priority.P1G, "manager", null, "Declared"), MONDAY));
        setId(master, 99);
        SupportCase c = inProgress();
        c.awaitApproval("Waits for an MPOC", "system", MONDAY);
        published(c);

        c.resolveWithMaster(master, "The carrier fixed it", "manager", MONDAY);

        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
        assertThat(c.history()).last().satisfies(entry -> assertThat(entry.reason())
                .isEqualTo("Resolved with master case CS-000099"));
        assertThat(kinds(c)).containsExactly("PublicResponse", "ClocksFollow", "Notice RESOLVED");
        assertThat(c.customerReplied("Still broken", "alice@acme.example", MONDAY).resumesWork())
                .as("no longer waiting for an approval").isTrue();
    }

    @Test
    void aDuplicateClosesInFavourOfAnOpenCaseOfTheSameOrganization() {
        SupportCase main = inProgress();
        SupportCase duplicate = inProgress();
        setId(duplicate, 2);

        assertThatThrownBy(() -> main.markDuplicateOf(main, "l1", MONDAY)).isInstanceOf(InvalidRequestException.class);
        duplicate.markDuplicateOf(main, "l1", MONDAY);

        assertThat(duplicate.status()).isEqualTo(CaseStatus.DUPLICATE);
        assertThat(duplicate.duplicateOf()).isEqualTo(main.number());
        assertThat(kinds(duplicate)).containsExactly("ClocksFollow", "Notice DUPLICATE");
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static SupportCase newCase() {
        SupportCase c = SupportCase.open(new SupportCase.Opening("ACME", "alice@acme.example", Channel.PORTAL,
                CaseType.INCIDENT, "CLOUD_PBX", "No audio", "No audio on inbound calls", null, Priority.P4,
                "alice@acme.example", null, "Opened through the portal"), MONDAY);
        setId(c, 1);
        return c;
    }

    private static SupportCase inProgress() {
        SupportCase c = published(newCase());
        c.triage(Priority.P2, CaseType.INCIDENT, "CLOUD_PBX", null, "support-l2", "l1", MONDAY);
        return published(c);
    }

    /** As the repository does once it has published the case's changes. */
    private static SupportCase published(SupportCase c) {
        c.changesPublished();
        return c;
    }

    /** The changes the transitions registered since the last publication, as short names. */
    private static List<String> kinds(SupportCase c) {
        return c.changes().stream().map(change -> change instanceof CaseChange.Notice notice
                ? "Notice " + notice.type() : change.getClass().getSimpleName()).toList();
    }

    private static void setId(SupportCase c, long id) {
        try {
            Field field = SupportCase.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
