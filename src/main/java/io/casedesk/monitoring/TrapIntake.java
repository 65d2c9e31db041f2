package io.casedesk.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.customer.Caller;
import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseSteps;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;
import io.casedesk.supportcase.Priority;
import io.casedesk.supportcase.SupportCase;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What traps do, a batch at a time: the {@code TrapHandling} table decides per trap (ignore, open, clear); the first
 * trap of an alarm (device, alarm, instance) opens a MONITORING case for the device's organization, repeats within
 * the window only count on the open case (one update per alarm and batch, so a storm stays one case and a few
 * writes), and a clearing trap comments on the case for the agent to resolve it.
 */
@Component
class TrapIntake {

    private static final Logger log = LoggerFactory.getLogger(TrapIntake.class);
    static final String DECISION = "TrapHandling";
    /** Monitoring opens cases as the network operations centre. */
    static final Caller MONITORING = Caller.agent("monitoring", Set.of("network-engineering"));

    /** An alarm's repeats seen in this batch, written once. */
    private static final class Repeats {
        final long alarmId;
        final String caseNumber;
        long count;
        Instant lastSeen;

        Repeats(long alarmId, String caseNumber) {
            this.alarmId = alarmId;
            this.caseNumber = caseNumber;
        }
    }

    private record OpenAlarm(long id, String caseNumber, Instant lastSeen) {
    }

    private final MonitoredAgents agents;
    private final DecisionService decisions;
    private final CaseManagement cases;
    private final CaseSteps caseSteps;
    private final CustomerDirectory directory;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SnmpProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    TrapIntake(MonitoredAgents agents, DecisionService decisions, CaseManagement cases, CaseSteps caseSteps,
            CustomerDirectory directory, JdbcTemplate jdbc, TransactionTemplate transactions, SnmpProperties properties,
            MeterRegistry meters, Clock clock) {
        this.agents = agents;
        this.decisions = decisions;
        this.cases = cases;
        this.caseSteps = caseSteps;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** What one batch looked up once: the devices by name and address, and the table's answer per kind of trap. */
    private record Lookups(Map<String, Optional<MonitoredAgents.Agent>> agents, Map<List<String>, Decision> decisions) {
    }

    private record Decision(String action, String priority, String alarm, String clears) {
    }

    void handle(List<Trap> batch) {
        Map<String, Repeats> repeats = new LinkedHashMap<>();
        Lookups lookups = new Lookups(new HashMap<>(), new HashMap<>());
        for (Trap trap : batch) {
            try {
                handle(trap, repeats, lookups);
            } catch (RuntimeException failed) {
                count("failed");
                log.warn("Trap {} from {} could not be handled: {}", trap.oid(), trap.source(), failed.getMessage());
            }
        }
        for (Repeats seen : repeats.values()) {
            try {
                write(seen);
            } catch (RuntimeException failed) {
                log.warn("Repeats of the alarm of {} could not be counted: {}", seen.caseNumber, failed.getMessage());
            }
        }
    }

    private void handle(Trap trap, Map<String, Repeats> repeats, Lookups lookups) {
        Optional<MonitoredAgents.Agent> agent = lookups.agents().computeIfAbsent(
                trap.sysName() + "|" + trap.source(), key -> agents.find(trap));
        if (agent.isEmpty()) {
            count("unknown-source");
            agents.unknown(trap);
            return;
        }
        Decision decision = lookups.decisions().computeIfAbsent(
                Arrays.asList(trap.oid(), trap.severity(), agent.get().productLine()), inputs -> decide(trap, agent.get()));
        switch (decision.action()) {
            case "OPEN" -> raise(trap, agent.get(), decision.alarm(), decision.priority(), repeats);
            case "CLEAR" -> clear(trap, agent.get(), decision.clears(), repeats);
            default -> count("ignored");
        }
    }

    private Decision decide(Trap trap, MonitoredAgents.Agent agent) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION).variables(Variables.createVariables()
                .putValue("trapOid", trap.oid()).putValue("severity", trap.severity())
                .putValue("productLine", agent.productLine())).evaluate().getFirstResult();
        Map<String, Object> entries = result == null ? Map.of() : result.getEntryMap();
        Object action = entries.get("action");
        return new Decision(action == null ? "IGNORE" : action.toString(), text(entries.get("priority")),
                text(entries.get("alarm")), text(entries.get("clears")));
    }

    private void raise(Trap trap, MonitoredAgents.Agent agent, String alarm, String priority, Map<String, Repeats> repeats) {
        String key = key(agent, alarm, trap.instance());
        Repeats seen = repeats.get(key);
        if (seen == null) {
            OpenAlarm open = openAlarm(key).orElse(null);
            if (open == null) {
                repeats.put(key, open(trap, agent, alarm, priority, key));
                count("opened");
                return;
            }
            seen = new Repeats(open.id(), open.caseNumber());
            repeats.put(key, seen);
        }
        seen.count++;
        seen.lastSeen = trap.receivedAt();
        count("deduplicated");
    }

    private Repeats open(Trap trap, MonitoredAgents.Agent agent, String alarm, String priority, String key) {
        return transactions.execute(status -> {
            String reporter = directory.contactsWithRole(agent.organization(), ContactRole.MPOC_PRIMARY).stream()
                    .map(ContactInfo::email).findFirst()
                    .or(() -> directory.contacts(agent.organization()).stream().filter(ContactInfo::isMpoc)
                            .map(ContactInfo::email).findFirst())
                    .orElseThrow(() -> new IllegalStateException(agent.organization() + " has no MPOC to report for"));
            String device = trap.sysName() != null ? trap.sysName() + " (" + trap.source() + ")" : trap.source();
            String subject = alarm + " on " + device + (trap.instance().isEmpty() ? "" : ", instance " + trap.instance());
            StringBuilder description = new StringBuilder("SNMP " + trap.version() + " trap " + trap.oid() + " from "
                    + device + " at " + trap.receivedAt() + ".\n");
            trap.varbinds().forEach((oid, value) -> description.append(oid).append(" = ").append(value).append('\n'));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("alarm", alarm);
            details.put("alarmSource", trap.source());
            details.put("alarmCount", 1);
            details.put("alarmLastSeen", trap.receivedAt().toString());
            SupportCase opened = cases.open(new NewCase(agent.organization(), reporter, Channel.MONITORING,
                    CaseType.INCIDENT, agent.productLine(), subject.length() > 200 ? subject.substring(0, 200) : subject,
                    description.length() > 20000 ? description.substring(0, 20000) : description.toString(),
                    priority == null ? Priority.P3 : Priority.valueOf(priority), details), MONITORING, null).supportCase();
            Timestamp at = Timestamp.from(trap.receivedAt());
            jdbc.update("insert into monitoring_alarm (alarm_key, organization_code, case_number, trap_count, first_seen, "
                    + "last_seen) values (?, ?, ?, 1, ?, ?)", key, agent.organization(), opened.number(), at, at);
            long id = jdbc.queryForObject("select max(id) from monitoring_alarm where alarm_key = ?", Long.class, key);
            log.info("Trap {} from {} opened {}", trap.oid(), device, opened.number());
            return new Repeats(id, opened.number());
        });
    }

    private void clear(Trap trap, MonitoredAgents.Agent agent, String alarm, Map<String, Repeats> repeats) {
        String key = key(agent, alarm, trap.instance());
        Repeats seen = repeats.remove(key);
        if (seen != null) {
            write(seen);
        }
        Optional<OpenAlarm> open = openAlarm(key);
        if (open.isEmpty()) {
            count("ignored");
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.update("update monitoring_alarm set cleared_at = ? where id = ?", Timestamp.from(trap.receivedAt()),
                    open.get().id());
            cases.comment(open.get().caseNumber(), "The device reports the alarm cleared: SNMP trap " + trap.oid()
                    + " at " + trap.receivedAt() + ". Check the service and resolve the case.", false, MONITORING);
        });
        count("cleared");
    }

    /** The repeats of one alarm in this batch: one write to the alarm and to the case's details. */
    private void write(Repeats seen) {
        if (seen.count == 0) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.update("update monitoring_alarm set trap_count = trap_count + ?, last_seen = ? where id = ?", seen.count,
                    Timestamp.from(seen.lastSeen), seen.alarmId);
            long total = jdbc.queryForObject("select trap_count from monitoring_alarm where id = ?", Long.class,
                    seen.alarmId);
            caseSteps.updateDetails(seen.caseNumber, Map.of("alarmCount", total, "alarmLastSeen",
                    seen.lastSeen.toString()), MONITORING.login());
        });
    }

    /** The alarm's open case, while its case is open and its last trap within the window. */
    private Optional<OpenAlarm> openAlarm(String key) {
        Instant windowStart = Instant.now(clock).minus(properties.dedupWindow());
        return jdbc.query("select id, case_number, last_seen from monitoring_alarm where alarm_key = ? and cleared_at is "
                + "null order by id desc", (rs, i) -> new OpenAlarm(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()), key).stream()
                .filter(alarm -> alarm.lastSeen().isAfter(windowStart))
                .filter(alarm -> !cases.get(alarm.caseNumber(), MONITORING).status().isClosed())
                .findFirst();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String key(MonitoredAgents.Agent agent, String alarm, String instance) {
        return agent.source() + "|" + alarm + "|" + instance;
    }

    private void count(String outcome) {
        meters.counter("casedesk.snmp.traps", "outcome", outcome).increment();
    }
}
