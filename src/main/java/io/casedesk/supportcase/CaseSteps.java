package io.casedesk.supportcase;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.NotFoundException;

/**
 * What guided flows on top of a case (the incident flow, MACD requests) may do to it: take it over,
 * post a step or an update to the customer, wait for missing facts or for the customer, record facts,
 * note an event, resolve and close the case. The case keeps its rules:
 * statuses, history, clocks and notices work as for any other change.
 */
@Service
@Transactional
public class CaseSteps {

    private final CaseWork work;
    private final SupportCaseRepository cases;

    CaseSteps(CaseWork work, SupportCaseRepository cases) {
        this.work = work;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public CaseView view(String number) {
        return supportCase(number).view();
    }

    @Transactional(readOnly = true)
    public Map<String, Object> details(String number) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(supportCase(number).details()));
    }

    @Transactional(readOnly = true)
    public String description(String number) {
        return supportCase(number).description();
    }

    /** Posts the step's summary as a public update; the notice shows {@code facts} (at least {@code step}). */
    public void postStep(String number, String summary, String actor, Map<String, Object> facts) {
        work.postStep(number, summary, actor, facts);
    }

    /** Posts a public update to the customer (it answers the customer, as for an agent's update). */
    public void postUpdate(String number, String message, String actor) {
        work.postUpdate(number, message, null, actor);
    }

    /** The flow's group works the case from now on; a new case is in progress. */
    public void takeOver(String number, String group, String reason, String actor) {
        work.takeOver(number, group, reason, actor);
    }

    /** Waits for an MPOC's approval; SLA clocks pause meanwhile, and comments do not end the wait. */
    public void awaitApproval(String number, String reason, String actor) {
        work.awaitApproval(number, reason, actor);
    }

    /** The customer's organization answered; SLA clocks run again. */
    public void resumeWork(String number, String reason, String actor) {
        work.resumeWork(number, reason, actor);
    }

    /** Resolves the case and asks the customer to confirm; returns when it closes without an answer. */
    public Instant resolve(String number, String resolution, String actor) {
        return work.resolve(number, resolution, actor);
    }

    /** Asks the customer for the missing facts by mail and waits; returns when the case closes without reply. */
    public Instant awaitInformation(String number, List<String> missing, String actor) {
        return work.awaitInformation(number, missing, actor);
    }

    /** Adds or corrects facts of an open case. */
    public void updateDetails(String number, Map<String, Object> values, String actor) {
        work.updateDetails(number, values, actor);
    }

    /** Opens a master case (P1G) of the organization, worked by the group; the caller starts its process. */
    public CaseView openMaster(String organization, String subject, String description, String productLine, String group,
            String actor) {
        return work.openMaster(organization, subject, description, productLine, group, actor).view();
    }

    /** Links an open case to an open master case. */
    public CaseView linkToMaster(String number, String masterNumber, String actor) {
        return work.linkToMaster(number, masterNumber, actor).view();
    }

    /** The cases linked to the master case, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseView> linkedTo(String masterNumber) {
        return work.linkedTo(masterNumber).stream().map(SupportCase::view).toList();
    }

    /** Every master case (P1G), newest first. */
    @Transactional(readOnly = true)
    public List<CaseView> masterCases() {
        return work.masterCases().stream().map(SupportCase::view).toList();
    }

    /** The public conversation of a case: what the customers read, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseComment> publicComments(String number) {
        return supportCase(number).comments().stream().filter(CaseComment::isPublic).toList();
    }

    /** Resolves an open case with its master case's note; its flow waits for the customer's confirmation. */
    public void resolveWithMaster(String number, String masterNumber, String note, String actor) {
        work.resolveWithMaster(number, masterNumber, note, actor);
    }

    /** Writes an event that does not change the status to the history. */
    public void record(String number, String text, String actor) {
        work.record(number, text, actor);
    }

    /** Closes the case; returns the end of its reopen window. */
    public Instant close(String number, String closingNote, String actor, Map<String, Object> facts) {
        return work.closeWithFacts(number, closingNote, actor, facts);
    }

    /** The case closes because the customer did not answer in time. */
    public void closeForNoResponse(String number) {
        work.closeForNoResponse(number);
    }

    /** The case closes because the customer did not answer in time, with the reason in the closing note. */
    public void closeForNoResponse(String number, String closingNote) {
        work.closeForNoResponse(number, closingNote);
    }

    private SupportCase supportCase(String number) {
        return CaseNumber.parse(number).flatMap(cases::findById)
                .orElseThrow(() -> new NotFoundException("No case " + number + " exists."));
    }
}
