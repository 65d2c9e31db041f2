package io.casedesk.monitoring;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.supportcase.CaseSettings;

/**
 * The devices each organization has monitored: a trap belongs to the organization whose agent it came from, by
 * the device's name (sysName) or its address. Traps of sources nobody registered are recorded and counted.
 */
@Service
@Transactional
public class MonitoredAgents {

    /** A monitored device. */
    public record Agent(String source, String organization, String productLine, String description) {
    }

    private final JdbcTemplate jdbc;
    private final CustomerDirectory directory;
    private final CaseSettings caseSettings;

    MonitoredAgents(JdbcTemplate jdbc, CustomerDirectory directory, CaseSettings caseSettings) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.caseSettings = caseSettings;
    }

    @Transactional(readOnly = true)
    public List<Agent> of(String organizationCode, Caller caller) {
        caller.requireAccessTo(organizationCode);
        directory.organization(organizationCode);
        return jdbc.query("select source, organization_code, product_line, description from monitored_agent "
                + "where organization_code = ? order by source", (rs, i) -> new Agent(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)), organizationCode);
    }

    /** Registers a device (an address or a sysName) for the organization; administrators of onboarding only. */
    public Agent register(String organizationCode, String source, String productLine, String description, Caller caller) {
        caller.requireOnboarding();
        return register(new Agent(source, directory.organization(organizationCode).code(), productLine, description));
    }

    Agent register(Agent agent) {
        if (agent.source() == null || agent.source().isBlank() || agent.source().length() > 100) {
            throw new InvalidRequestException("Name the device by its address or sysName (up to 100 characters).");
        }
        if (agent.productLine() != null && !caseSettings.productLines().contains(agent.productLine())) {
            throw new InvalidRequestException("Unknown productLine '" + agent.productLine() + "'.");
        }
        String source = agent.source().strip();
        List<String> owner = jdbc.queryForList("select organization_code from monitored_agent where source = ?",
                String.class, source);
        if (!owner.isEmpty() && !owner.get(0).equals(agent.organization())) {
            throw new ConflictException("The device " + source + " is monitored for " + owner.get(0)
                    + "; remove it there first.");
        }
        jdbc.update("delete from monitored_agent where source = ?", source);
        jdbc.update("insert into monitored_agent (source, organization_code, product_line, description) values (?, ?, ?, ?)",
                source, agent.organization(), agent.productLine(), agent.description());
        return new Agent(source, agent.organization(), agent.productLine(), agent.description());
    }

    public void remove(String organizationCode, String source, Caller caller) {
        caller.requireOnboarding();
        if (jdbc.update("delete from monitored_agent where source = ? and organization_code = ?", source,
                organizationCode) == 0) {
            throw new NotFoundException("No monitored device " + source + " of " + organizationCode + ".");
        }
    }

    /** The device a trap came from: its sysName first, then its address. */
    @Transactional(readOnly = true)
    Optional<Agent> find(Trap trap) {
        for (String key : new String[] { trap.sysName(), trap.source() }) {
            if (key == null) {
                continue;
            }
            List<Agent> found = jdbc.query("select source, organization_code, product_line, description from "
                    + "monitored_agent where source = ?", (rs, i) -> new Agent(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4)), key);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /** A trap of a device nobody registered: counted per source, never a case. */
    void unknown(Trap trap) {
        int updated = jdbc.update("update unknown_trap_source set trap_count = trap_count + 1, last_oid = ?, last_seen = ? "
                + "where source = ?", trap.oid(), Timestamp.from(trap.receivedAt()), trap.source());
        if (updated == 0) {
            jdbc.update("insert into unknown_trap_source (source, trap_count, last_oid, last_seen) values (?, 1, ?, ?)",
                    trap.source(), trap.oid(), Timestamp.from(trap.receivedAt()));
        }
    }

    @Transactional(readOnly = true)
    long unknownTraps(String source) {
        List<Long> count = jdbc.queryForList("select trap_count from unknown_trap_source where source = ?", Long.class,
                source);
        return count.isEmpty() ? 0 : count.get(0);
    }
}
