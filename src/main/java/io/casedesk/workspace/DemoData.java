package io.casedesk.workspace;

import static io.casedesk.customer.ContactRole.ESCALATION;
import static io.casedesk.customer.ContactRole.FINANCIAL;
import static io.casedesk.customer.ContactRole.MAINTENANCE;
import static io.casedesk.customer.ContactRole.MASTER_CASE;
import static io.casedesk.customer.ContactRole.MPOC_PRIMARY;
import static io.casedesk.customer.ContactRole.MPOC_SECONDARY;
import static io.casedesk.customer.ContactRole.MPOC_TECHNICAL;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.casedesk.customer.Caller;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;

/**
 * The fixed demo data of the {@code demo} profile: three organizations with their contacts, and one
 * login per staff role. Every password is {@code demo}. Scripts and training material rely on these
 * names, so change them only together with the README.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String PASSWORD = "demo";

    record DemoContact(String email, String name, String title, Set<ContactRole> roles) {
    }

    record DemoAgent(String id, String firstName, String lastName, StaffGroup... groups) {
    }

    static final List<DemoAgent> AGENTS = List.of(
            new DemoAgent("l1", "Lena", "First", StaffGroup.SUPPORT_L1),
            new DemoAgent("l2", "Luis", "Second", StaffGroup.SUPPORT_L2),
            new DemoAgent("l3", "Lior", "Third", StaffGroup.SUPPORT_L3),
            new DemoAgent("manager", "Mara", "Manager", StaffGroup.SUPPORT_MANAGERS),
            new DemoAgent("owner", "Oscar", "Owner", StaffGroup.PROCESS_OWNERS),
            new DemoAgent("operator", "Olga", "Operator", StaffGroup.OPERATORS),
            new DemoAgent("onboarding", "Omar", "Onboarding", StaffGroup.CUSTOMER_ADMINS),
            new DemoAgent("netops", "Nadia", "Network", StaffGroup.NETWORK_ENGINEERING),
            new DemoAgent("dev", "Dario", "Developer", StaffGroup.SOFTWARE_ENGINEERING),
            new DemoAgent("dispatch", "Diana", "Dispatch", StaffGroup.FIELD_DISPATCH),
            new DemoAgent("tech", "Tomas", "Technician", StaffGroup.FIELD_TECHNICIANS),
            new DemoAgent("provisioning", "Paula", "Provisioning", StaffGroup.PROVISIONING),
            new DemoAgent("night", "Nico", "Nightshift", StaffGroup.SUPPORT_24X7),
            new DemoAgent("billing", "Bea", "Billing", StaffGroup.BILLING),
            new DemoAgent("sales", "Sam", "Sales", StaffGroup.SALES),
            new DemoAgent("projects", "Pia", "Projects", StaffGroup.IMPLEMENTATION));

    private final CustomerDirectory directory;
    private final IdentityService identityService;

    DemoData(CustomerDirectory directory, IdentityService identityService) {
        this.directory = directory;
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        organization(new OrganizationInfo("ACME", "Acme Logistics", Locale.forLanguageTag("en-US"),
                ZoneId.of("America/Denver"), "PRIORITY_MATRIX", "business-mt", "CALLTOWER_EN"), List.of(
                        new DemoContact("alice.morgan@acme.example", "Alice Morgan", "IT Director",
                                Set.of(MPOC_PRIMARY, MPOC_TECHNICAL)),
                        new DemoContact("noc@acme.example", "Acme NOC", "Network Operations",
                                Set.of(MPOC_SECONDARY, MASTER_CASE, MAINTENANCE)),
                        new DemoContact("bob.chen@acme.example", "Bob Chen", "Controller", Set.of(FINANCIAL, ESCALATION))),
                Set.of("MICROSOFT_TEAMS", "CLOUD_PBX", "SIP_TRUNKING", "CONNECT_PORTAL"));
        organization(new OrganizationInfo("ANDES", "Andes Telecomunicaciones", Locale.forLanguageTag("es-EC"),
                ZoneId.of("America/Guayaquil"), "SEVERITY_MATRIX", "business-ec", "CIRION"), List.of(
                        new DemoContact("maria.paredes@andes.example", "María Paredes", "Jefa de TI",
                                Set.of(MPOC_PRIMARY, MPOC_TECHNICAL, ESCALATION)),
                        new DemoContact("soporte@andes.example", "Soporte Andes", "Mesa de ayuda",
                                Set.of(MPOC_SECONDARY, MASTER_CASE, MAINTENANCE)),
                        new DemoContact("contabilidad@andes.example", "Carlos Vega", "Contador", Set.of(FINANCIAL))),
                Set.of("CLOUD_PBX", "SIP_TRUNKING", "NETWORK", "CONTACT_CENTER"));
        organization(new OrganizationInfo("TICO", "Tico Servicios", Locale.forLanguageTag("es-CR"),
                ZoneId.of("America/Costa_Rica"), "DAILY_CADENCE", "business-cr", "CALLTOWER_ES"), List.of(
                        new DemoContact("jose.vargas@tico.example", "José Vargas", "Gerente de TI",
                                Set.of(MPOC_PRIMARY, ESCALATION)),
                        new DemoContact("ti@tico.example", "TI Tico", "Infraestructura",
                                Set.of(MPOC_SECONDARY, MPOC_TECHNICAL, MASTER_CASE, MAINTENANCE)),
                        new DemoContact("finanzas@tico.example", "Ana Solís", "Finanzas", Set.of(FINANCIAL))),
                Set.of("MICROSOFT_TEAMS", "CISCO_WEBEX", "CONNECT_PORTAL"));
        for (DemoAgent agent : AGENTS) {
            user(agent.id(), agent.firstName(), agent.lastName(), agent.id() + "@casedesk.example");
            for (StaffGroup group : agent.groups()) {
                membership(agent.id(), group.id());
            }
        }
        log.info("Demo data ready: organizations ACME, ANDES, TICO; every demo password is '{}'", PASSWORD);
    }

    private void organization(OrganizationInfo organization, List<DemoContact> contacts, Set<String> productLines) {
        directory.register(organization);
        directory.useProductLines(organization.code(), productLines);
        for (DemoContact contact : contacts) {
            directory.registerContact(organization.code(), contact.email(), contact.name(), contact.title(), null,
                    contact.roles());
            int space = contact.name().indexOf(' ');
            user(contact.email(), space > 0 ? contact.name().substring(0, space) : contact.name(),
                    space > 0 ? contact.name().substring(space + 1) : organization.code(), contact.email());
            membership(contact.email(), Caller.CUSTOMER_CONTACTS_GROUP);
        }
    }

    private void user(String id, String firstName, String lastName, String email) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
    }

    private void membership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
