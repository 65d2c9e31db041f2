package io.casedesk.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.Snmp;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Receives SNMP traps (v1, v2c and v3 with authentication and privacy, on SNMP4J) on {@code casedesk.snmp.port},
 * when enabled. The receiving thread only checks the community or user and queues the trap; one worker hands the
 * queue to {@link TrapIntake} in batches. A full queue drops traps and counts them, so a storm never blocks the
 * receiver. Informs are acknowledged.
 */
@Component
class TrapReceiver implements SmartLifecycle, CommandResponder {

    private static final Logger log = LoggerFactory.getLogger(TrapReceiver.class);
    static final OID SNMP_TRAP_OID = new OID("1.3.6.1.6.3.1.1.4.1.0");
    static final OID SYS_UPTIME = new OID("1.3.6.1.2.1.1.3.0");
    static final OID IF_INDEX = new OID("1.3.6.1.2.1.2.2.1.1");
    static final String GENERIC_TRAPS = "1.3.6.1.6.3.1.1.5.";
    static final int BATCH = 500;
    /** A storm's traps wait in the socket while the receiving thread queues them (the system may allow less). */
    static final int RECEIVE_BUFFER = 4 * 1024 * 1024;

    private final SnmpProperties properties;
    private final TrapIntake intake;
    private final MeterRegistry meters;
    private final Clock clock;
    private final BlockingQueue<Trap> queue;
    private volatile boolean running;
    private Snmp snmp;
    private Thread worker;

    TrapReceiver(SnmpProperties properties, TrapIntake intake, MeterRegistry meters, Clock clock) {
        this.properties = properties;
        this.intake = intake;
        this.meters = meters;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, properties.queueCapacity()));
        meters.gauge("casedesk.snmp.queue", queue, BlockingQueue::size);
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        try {
            DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(
                    new UdpAddress(InetAddress.getByName(properties.address()), properties.port()));
            transport.setReceiveBufferSize(RECEIVE_BUFFER);
            MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
            dispatcher.addMessageProcessingModel(new MPv1());
            dispatcher.addMessageProcessingModel(new MPv2c());
            USM usm = new USM(SecurityProtocols.getInstance().addDefaultProtocols(),
                    new OctetString(MPv3.createLocalEngineID()), 0);
            dispatcher.addMessageProcessingModel(new MPv3(usm));
            for (SnmpProperties.User user : properties.users()) {
                usm.addUser(new OctetString(user.name()), new UsmUser(new OctetString(user.name()),
                        "SHA".equalsIgnoreCase(user.authProtocol()) ? AuthSHA.ID : AuthHMAC192SHA256.ID,
                        new OctetString(user.authPassphrase()),
                        "AES256".equalsIgnoreCase(user.privProtocol()) ? PrivAES256.ID : PrivAES128.ID,
                        new OctetString(user.privPassphrase())));
            }
            snmp = new Snmp(dispatcher, transport);
            snmp.addCommandResponder(this);
            snmp.listen();
        } catch (IOException e) {
            throw new UncheckedIOException("The SNMP trap receiver cannot listen on " + properties.address() + ":"
                    + properties.port(), e);
        }
        running = true;
        worker = new Thread(this::work, "casedesk-snmp-traps");
        worker.setDaemon(true);
        worker.start();
        log.info("SNMP trap receiver listening on udp:{}:{} (communities: {}, v3 users: {})", properties.address(),
                properties.port(), properties.communities().size(), properties.users().size());
    }

    @Override
    public void stop() {
        running = false;
        if (snmp != null) {
            try {
                snmp.close();
            } catch (IOException e) {
                log.warn("Closing the SNMP trap receiver: {}", e.getMessage());
            }
            snmp = null;
        }
        if (worker != null) {
            worker.interrupt();
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The receiving thread: accept or refuse, queue, return. */
    @Override
    public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
        PDU pdu = event.getPDU();
        if (pdu == null || (pdu.getType() != PDU.TRAP && pdu.getType() != PDU.V1TRAP && pdu.getType() != PDU.INFORM)) {
            return;
        }
        if (!accepted(event)) {
            count("rejected");
            return;
        }
        if (pdu.getType() == PDU.INFORM) {
            acknowledge(event);
        }
        event.setProcessed(true);
        if (queue.offer(trap(event))) {
            count("received");
        } else {
            count("dropped");
        }
    }

    private <A extends Address> boolean accepted(CommandResponderEvent<A> event) {
        if (event.getSecurityModel() == SecurityModel.SECURITY_MODEL_USM) {
            return event.getSecurityLevel() == SecurityLevel.AUTH_PRIV;
        }
        String community = new String(event.getSecurityName());
        return properties.communities().contains(community);
    }

    private <A extends Address> void acknowledge(CommandResponderEvent<A> event) {
        PDU response = event.getPDU();
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(PDU.noError);
        response.setErrorIndex(0);
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(), event.getSecurityModel(),
                    event.getSecurityName(), event.getSecurityLevel(), response, event.getMaxSizeResponsePDU(),
                    event.getStateReference(), new StatusInformation());
        } catch (Exception e) {
            log.debug("Acknowledging an inform failed: {}", e.getMessage());
        }
    }

    /** The trap in the terms of SNMPv2: a v1 trap's type becomes its trap OID (RFC 3584). */
    <A extends Address> Trap trap(CommandResponderEvent<A> event) {
        PDU pdu = event.getPDU();
        String source = event.getPeerAddress() instanceof UdpAddress udp ? udp.getInetAddress().getHostAddress()
                : String.valueOf(event.getPeerAddress());
        String oid;
        String version;
        if (pdu instanceof PDUv1 v1) {
            version = "v1";
            IpAddress agent = v1.getAgentAddress();
            if (agent != null && !agent.getInetAddress().isAnyLocalAddress()) {
                source = agent.getInetAddress().getHostAddress();
            }
            oid = v1.getGenericTrap() == PDUv1.ENTERPRISE_SPECIFIC
                    ? v1.getEnterprise() + ".0." + v1.getSpecificTrap()
                    : GENERIC_TRAPS + (v1.getGenericTrap() + 1);
        } else {
            version = event.getSecurityModel() == SecurityModel.SECURITY_MODEL_USM ? "v3" : "v2c";
            oid = String.valueOf(pdu.getVariable(SNMP_TRAP_OID));
        }
        Map<String, String> varbinds = new LinkedHashMap<>();
        String instance = "";
        String severity = null;
        String sysName = null;
        for (VariableBinding binding : pdu.getVariableBindings()) {
            String key = binding.getOid().toDottedString();
            String value = binding.getVariable().toString();
            varbinds.put(key, value);
            if (binding.getOid().startsWith(IF_INDEX)) {
                instance = value;
            }
            if (key.equals(properties.severityVarbind())) {
                severity = value;
            }
            if (key.equals(properties.sysNameVarbind())) {
                sysName = value;
            }
        }
        return new Trap(source, sysName, oid, instance, severity, varbinds, version, Instant.now(clock));
    }

    private void work() {
        while (running) {
            try {
                Trap first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<Trap> batch = new ArrayList<>(BATCH);
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                intake.handle(batch);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                log.error("Handling SNMP traps failed", failed);
            }
        }
    }

    /** Whether every queued trap was handled; for tests and shutdown. */
    boolean idle() {
        return queue.isEmpty();
    }

    private void count(String outcome) {
        meters.counter("casedesk.snmp.traps", "outcome", outcome).increment();
    }
}
