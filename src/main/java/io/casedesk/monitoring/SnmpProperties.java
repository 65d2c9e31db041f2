package io.casedesk.monitoring;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SNMP trap receiver: off unless enabled.
 *
 * @param address         the local address to listen on
 * @param port            the UDP port (1162, unprivileged; 162 is the standard port, which needs privileges)
 * @param communities     the SNMPv1/v2c communities accepted; traps with another community are counted and dropped
 * @param users           the SNMPv3 users accepted (authentication and privacy both required)
 * @param queueCapacity   how many traps wait for handling; beyond it, traps are counted and dropped so that the
 *                        receiver never blocks
 * @param dedupWindow     how long after its last trap an open alarm still takes repeats
 * @param severityVarbind the OID of the varbind that carries a device's severity, if its traps have one
 * @param sysNameVarbind  the OID of the varbind that names the device (sysName), matched before the source address
 */
@ConfigurationProperties("casedesk.snmp")
record SnmpProperties(@DefaultValue("false") boolean enabled, @DefaultValue("0.0.0.0") String address,
        @DefaultValue("1162") int port, List<String> communities, List<User> users,
        @DefaultValue("10000") int queueCapacity, @DefaultValue("PT1H") Duration dedupWindow,
        String severityVarbind, @DefaultValue("1.3.6.1.2.1.1.5.0") String sysNameVarbind) {

    SnmpProperties {
        communities = communities == null ? List.of() : List.copyOf(communities);
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * An SNMPv3 user.
     *
     * @param authProtocol {@code SHA} (HMAC-SHA-96) or {@code SHA256} (HMAC-SHA-256)
     * @param privProtocol {@code AES128} or {@code AES256}
     */
    record User(String name, @DefaultValue("SHA256") String authProtocol, String authPassphrase,
            @DefaultValue("AES128") String privProtocol, String privPassphrase) {
    }
}
