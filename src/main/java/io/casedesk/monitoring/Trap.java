package io.casedesk.monitoring;

import java.time.Instant;
import java.util.Map;

/**
 * A trap as received, whatever its SNMP version: v1 traps carry their generic or enterprise-specific type as the
 * trap OID of SNMPv2 (RFC 3584).
 *
 * @param source   the agent's address
 * @param sysName  the device's name when the trap carries it
 * @param oid      the trap OID ({@code snmpTrapOID.0})
 * @param instance what the alarm is about on the device, such as the interface index of a link trap
 * @param severity the severity varbind, if configured and present
 * @param varbinds every varbind, OID to value, in order
 */
record Trap(String source, String sysName, String oid, String instance, String severity, Map<String, String> varbinds,
        String version, Instant receivedAt) {
}
