import java.net.InetAddress;

import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/** Sends N SNMPv2c linkDown traps of four interfaces to host:port at a given rate; prints how long it took. */
public class TrapSender {
    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int perSecond = Integer.parseInt(args[3]);
        Snmp snmp = new Snmp(new DefaultUdpTransportMapping());
        snmp.listen();
        CommunityTarget<UdpAddress> target = new CommunityTarget<>(new UdpAddress(InetAddress.getByName(host), port),
                new OctetString("public"));
        target.setVersion(SnmpConstants.version2c);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            PDU pdu = new PDU();
            pdu.setType(PDU.TRAP);
            pdu.add(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(i)));
            pdu.add(new VariableBinding(SnmpConstants.snmpTrapOID, new OID("1.3.6.1.6.3.1.1.5.3")));
            int ifIndex = 100 + i % 4;
            pdu.add(new VariableBinding(new OID("1.3.6.1.2.1.2.2.1.1." + ifIndex), new Integer32(ifIndex)));
            snmp.send(pdu, target);
            long due = start + (long) (i + 1) * 1_000_000_000L / perSecond;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
        }
        System.out.printf("sent %d traps in %.2f s%n", count, (System.nanoTime() - start) / 1e9);
        snmp.close();
    }
}
