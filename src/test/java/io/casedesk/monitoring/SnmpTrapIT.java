package io.casedesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.CommunityTarget;
import org.snmp4j.UserTarget;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import io.casedesk.customer.Caller;
import io.casedesk.support.PostgresIntegrationTest;
import io.casedesk.supportcase.CaseComment;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.Priority;
import io.casedesk.supportcase.SupportCase;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Real SNMP traps over UDP (SNMP4J as the sending device) into the receiver, on PostgreSQL: a v2c linkDown opens a
 * P2 MONITORING case for ACME (its device is 127.0.0.1), repeats and a storm of 1,000 add to it, linkUp clears it;
 * SNMPv3 with authentication and privacy and SNMPv1 traps are taken too; a wrong community and an unknown device
 * open nothing.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"casedesk.snmp.enabled=true", "casedesk.snmp.address=127.0.0.1",
        "casedesk.snmp.port=11162", "casedesk.snmp.communities=public"})
class SnmpTrapIT {

    static final Caller STAFF = Caller.agent("l2", Set.of("support-l2"));
    static final OID LINK_DOWN = new OID("1.3.6.1.6.3.1.1.5.3");
    static final OID LINK_UP = new OID("1.3.6.1.6.3.1.1.5.4");
    static final OID IF_INDEX = new OID("1.3.6.1.2.1.2.2.1.1");
    static final UdpAddress RECEIVER = new UdpAddress("127.0.0.1/11162");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseManagement cases;
    @Autowired
    MonitoredAgents agents;
    @Autowired
    MeterRegistry meters;

    private Snmp device;
    /** Interface numbers of this run, so that alarms of an earlier run on the same database do not count. */
    private final int run = 1000 * (1 + (int) (System.currentTimeMillis() / 1000 % 1_000_000));

    @BeforeEach
    void device() throws IOException {
        device = new Snmp(new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0")));
        device.listen();
    }

    @AfterEach
    void close() throws IOException {
        device.close();
    }

    @Test
    void aLinkDownOpensOneCaseThatRepeatsAndAStormAddToAndLinkUpClears() throws Exception {
        send(device, "public", LINK_DOWN, run + 7);
        String number = awaitAlarmCase("127.0.0.1|linkDown|" + (run + 7));
        SupportCase opened = cases.get(number, STAFF);
        assertThat(opened.channel()).isEqualTo(Channel.MONITORING);
        assertThat(opened.priority()).isEqualTo(Priority.P2);
        assertThat(opened.organization()).isEqualTo("ACME");
        assertThat(opened.subject()).isEqualTo("linkDown on 127.0.0.1, instance " + (run + 7));
        assertThat(opened.description()).contains("1.3.6.1.6.3.1.1.5.3");

        // a storm: 1,000 traps within about a second (UDP may lose some of them on the way, as it does)
        for (int i = 0; i < 1000; i++) {
            send(device, "public", LINK_DOWN, run + 7);
            if (i % 10 == 9) {
                LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            }
        }
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            long now = alarmCount("127.0.0.1|linkDown|" + (run + 7));
            boolean settled = now == last[0];
            last[0] = now;
            return settled;
        });
        assertThat(last[0]).as("the storm added to the open case").isGreaterThan(500).isLessThanOrEqualTo(1001);
        String key = "127.0.0.1|linkDown|" + (run + 7);
        assertThat(jdbc.queryForObject("select count(*) from monitoring_alarm where alarm_key = ?",
                Integer.class, key)).as("one case for the alarm").isOne();
        assertThat(((Number) cases.get(number, STAFF).details().get("alarmCount")).longValue()).isEqualTo(last[0]);

        send(device, "public", LINK_UP, run + 7);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from monitoring_alarm where alarm_key = ? and cleared_at is not null",
                Integer.class, key) == 1);
        assertThat(cases.comments(number, STAFF)).extracting(CaseComment::body)
                .anyMatch(body -> body.contains("reports the alarm cleared"));

        send(device, "public", LINK_DOWN, run + 7);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from monitoring_alarm where alarm_key = ?", Integer.class, key) == 2);
    }

    @Test
    void snmpV3WithAuthenticationAndPrivacyAndSnmpV1TrapsAreTakenAWrongCommunityIsNot() throws Exception {
        USM usm = new USM(SecurityProtocols.getInstance().addDefaultProtocols(),
                new OctetString(MPv3.createLocalEngineID()), 0);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv3(usm));
        Snmp v3 = new Snmp(dispatcher, new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0")));
        usm.addUser(new OctetString("casedesk-demo"), new UsmUser(new OctetString("casedesk-demo"), AuthHMAC192SHA256.ID,
                new OctetString("demo-auth-passphrase"), PrivAES128.ID, new OctetString("demo-priv-passphrase")));
        v3.listen();
        UserTarget<UdpAddress> target = new UserTarget<>();
        target.setAddress(RECEIVER);
        target.setVersion(SnmpConstants.version3);
        target.setSecurityLevel(SecurityLevel.AUTH_PRIV);
        target.setSecurityName(new OctetString("casedesk-demo"));
        ScopedPDU pdu = new ScopedPDU();
        pdu.setType(PDU.TRAP);
        pdu.add(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(4200)));
        pdu.add(new VariableBinding(SnmpConstants.snmpTrapOID, LINK_DOWN));
        pdu.add(new VariableBinding(new OID(IF_INDEX).append(run + 21), new Integer32(run + 21)));
        v3.send(pdu, target);
        assertThat(awaitAlarmCase("127.0.0.1|linkDown|" + (run + 21))).isNotNull();
        v3.close();

        PDUv1 v1 = new PDUv1();
        v1.setType(PDU.V1TRAP);
        v1.setEnterprise(new OID("1.3.6.1.4.1.8072.3.2.10"));
        v1.setGenericTrap(PDUv1.LINKDOWN);
        v1.setAgentAddress(new IpAddress("127.0.0.1"));
        v1.add(new VariableBinding(new OID(IF_INDEX).append(run + 31), new Integer32(run + 31)));
        CommunityTarget<UdpAddress> v1Target = new CommunityTarget<>(RECEIVER, new OctetString("public"));
        v1Target.setVersion(SnmpConstants.version1);
        device.send(v1, v1Target);
        assertThat(awaitAlarmCase("127.0.0.1|linkDown|" + (run + 31))).isNotNull();

        double rejected = meters.counter("casedesk.snmp.traps", "outcome", "rejected").count();
        send(device, "private", LINK_DOWN, run + 41);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                meters.counter("casedesk.snmp.traps", "outcome", "rejected").count() > rejected);
        assertThat(jdbc.queryForObject("select count(*) from monitoring_alarm where alarm_key = ?",
                Integer.class, "127.0.0.1|linkDown|" + (run + 41))).isZero();
    }

    @Test
    void aTrapOfAnUnknownDeviceIsCountedAndOpensNothing() throws Exception {
        Snmp stranger = new Snmp(new DefaultUdpTransportMapping(new UdpAddress("127.0.0.2/0")));
        stranger.listen();
        long before = agents.unknownTraps("127.0.0.2");
        send(stranger, "public", LINK_DOWN, run + 51);
        send(stranger, "public", LINK_DOWN, run + 51);
        await().atMost(Duration.ofSeconds(20)).until(() -> agents.unknownTraps("127.0.0.2") == before + 2);
        stranger.close();
        assertThat(jdbc.queryForObject("select count(*) from monitoring_alarm where alarm_key like '127.0.0.2|%'",
                Integer.class)).isZero();
    }

    private static void send(Snmp sender, String community, OID trap, int ifIndex) throws IOException {
        CommunityTarget<UdpAddress> target = new CommunityTarget<>(RECEIVER, new OctetString(community));
        target.setVersion(SnmpConstants.version2c);
        PDU pdu = new PDU();
        pdu.setType(PDU.TRAP);
        pdu.add(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(4200)));
        pdu.add(new VariableBinding(SnmpConstants.snmpTrapOID, trap));
        pdu.add(new VariableBinding(new OID(IF_INDEX).append(ifIndex), new Integer32(ifIndex)));
        sender.send(pdu, target);
    }

    private String awaitAlarmCase(String key) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from monitoring_alarm where alarm_key = ?", Integer.class, key) > 0);
        List<String> numbers = jdbc.queryForList("select case_number from monitoring_alarm where alarm_key = ? order by id",
                String.class, key);
        return numbers.get(0);
    }

    private long alarmCount(String key) {
        List<Long> counts = jdbc.queryForList("select trap_count from monitoring_alarm where alarm_key = ? and cleared_at "
                + "is null", Long.class, key);
        return counts.isEmpty() ? 0 : counts.get(0);
    }
}
