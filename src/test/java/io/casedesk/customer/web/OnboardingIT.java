package io.casedesk.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.casedesk.customer.Caller;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.sla.SlaClocks;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ApiClient;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * Administrators onboard organizations and contacts through the API on PostgreSQL: who may, what is refused,
 * the contact's set-password mail and login, removal, CSV import, and a plan change that spares running cases.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class OnboardingIT {

    static final Pattern LINK = Pattern.compile("(http\\S+/portal/password/[A-Za-z0-9_-]+)");
    static final String ADMIN = "admin";

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;
    @Autowired
    IdentityService identityService;
    @Autowired
    CaseManagement cases;
    @Autowired
    SlaClocks slaClocks;
    @Autowired
    ProcessEngine engine;

    ApiClient api() {
        return ApiClient.onPort(port);
    }

    ApiClient admin() {
        return api().as(ADMIN, "demo");
    }

    static String organization(String code, String plan) {
        return """
                {"code": "%s", "name": "Boreal Freight %s", "locale": "en-CA", "timeZone": "America/Edmonton",
                 "slaPlan": "%s", "calendar": "business-mt", "productLines": ["MICROSOFT_TEAMS", "SIP_TRUNKING"]}
                """.formatted(code, code, plan);
    }

    @Test
    void anAdministratorAddsAnOrganizationAndAContactWhoSetsAPasswordAndSignsIn() {
        var created = admin().post("/api/organizations", organization("BOREAL", "PRIORITY_MATRIX"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/organizations/BOREAL");
        assertThat(created.json().path("timeZone").asText()).isEqualTo("America/Edmonton");
        assertThat(admin().post("/api/organizations", organization("BOREAL", "PRIORITY_MATRIX")).status()).isEqualTo(409);

        var contact = admin().post("/api/organizations/BOREAL/contacts", """
                {"email": "Ines.Roy@boreal.example", "name": "Ines Roy", "title": "IT lead", "phone": "+1 780 555 0101",
                 "roles": ["MPOC_PRIMARY", "ESCALATION"]}""");
        assertThat(contact.status()).as(contact.raw().body()).isEqualTo(201);
        assertThat(contact.json().path("email").asText()).isEqualTo("ines.roy@boreal.example");
        assertThat(identityService.createUserQuery().userId("ines.roy@boreal.example")
                .memberOfGroup(Caller.CUSTOMER_CONTACTS_GROUP).count()).isEqualTo(1);
        assertThat(api().as("ines.roy@boreal.example", "").get("/api/cases").status())
                .as("no password yet: no login").isEqualTo(401);
        var organization = admin().get("/api/organizations/BOREAL").json();
        assertThat(organization.path("escalationList").get(0).asText()).isEqualTo("ines.roy@boreal.example");

        NotificationView mail = passwordMail("ines.roy@boreal.example");
        assertThat(mail.subject()).isEqualTo("Your Casedesk login for Boreal Freight BOREAL");
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        String token = link.group(1).substring(link.group(1).lastIndexOf('/') + 1);

        var tooShort = api().send("POST", "/portal/password/" + token, "application/x-www-form-urlencoded",
                "password=short&repeated=short");
        assertThat(tooShort.status()).isEqualTo(400);
        var set = api().send("POST", "/portal/password/" + token, "application/x-www-form-urlencoded",
                "password=north-wind-42&repeated=north-wind-42");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.raw().body()).contains("Your password is set");
        assertThat(api().send("POST", "/portal/password/" + token, "application/x-www-form-urlencoded",
                "password=another-one-42&repeated=another-one-42").status()).as("a link works once").isEqualTo(410);

        var ines = api().as("ines.roy@boreal.example", "north-wind-42");
        var opened = ines.post("/api/cases", """
                {"type": "INCIDENT", "productLine": "SIP_TRUNKING", "subject": "Trunk down", "description": "No calls"}""");
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        assertThat(ines.get("/api/organizations/ACME").status()).as("another customer is unknown").isEqualTo(404);
    }

    @Test
    void onlyAdministratorsOnboardAndBadInputIsRefusedWithProblems() {
        var contact = api().as("alice.morgan@acme.example", "demo").post("/api/organizations", organization("NOPE1", "PRIORITY_MATRIX"));
        assertThat(contact.status()).isEqualTo(403);
        assertThat(contact.contentType()).startsWith("application/problem+json");
        assertThat(api().as("l1", "demo").post("/api/organizations", organization("NOPE2", "PRIORITY_MATRIX")).status())
                .isEqualTo(403);
        assertThat(api().as("l1", "demo").send("DELETE", "/api/organizations/ACME/contacts/noc@acme.example", null, null)
                .status()).isEqualTo(403);

        var unknownPlan = admin().post("/api/organizations", organization("NOPE3", "GOLD_PLAN"));
        assertThat(unknownPlan.status()).isEqualTo(400);
        assertThat(unknownPlan.detail()).contains("GOLD_PLAN");
        var badZone = admin().post("/api/organizations", organization("NOPE4", "PRIORITY_MATRIX")
                .replace("America/Edmonton", "Mars/Olympus"));
        assertThat(badZone.status()).isEqualTo(400);
        var badCode = admin().post("/api/organizations", organization("no pe", "PRIORITY_MATRIX"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(admin().get("/api/organizations/NOPE3").status()).as("nothing was created").isEqualTo(404);
        var badRole = admin().post("/api/organizations/ACME/contacts",
                "{\"email\": \"x@acme.example\", \"name\": \"X\", \"roles\": [\"BOSS\"]}");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(admin().post("/api/organizations/ACME/contacts",
                "{\"email\": \"noc@acme.example\", \"name\": \"NOC\"}").status()).isEqualTo(409);
    }

    @Test
    void aRemovedContactCannotSignInAndItsCasesKeepItsName() {
        assertThat(admin().post("/api/organizations", organization("TUNDRA", "PRIORITY_MATRIX")).status()).isEqualTo(201);
        assertThat(admin().post("/api/organizations/TUNDRA/contacts",
                "{\"email\": \"leo@tundra.example\", \"name\": \"Leo Park\", \"roles\": [\"MPOC_PRIMARY\"]}").status())
                .isEqualTo(201);
        var user = identityService.createUserQuery().userId("leo@tundra.example").singleResult();
        user.setPassword("tundra-pass-1");
        identityService.saveUser(user);
        var leo = api().as("leo@tundra.example", "tundra-pass-1");
        String number = leo.post("/api/cases", "{\"type\": \"INCIDENT\", \"subject\": \"Echo\", \"description\": \"On calls\"}")
                .json().path("number").asText();

        var roles = admin().send("PUT", "/api/organizations/TUNDRA/contacts/leo@tundra.example", "application/json",
                "{\"roles\": [\"MPOC_PRIMARY\", \"FINANCIAL\"]}");
        assertThat(roles.status()).isEqualTo(200);
        assertThat(roles.json().path("roles").toString()).contains("FINANCIAL", "MPOC_PRIMARY");

        assertThat(admin().send("DELETE", "/api/organizations/TUNDRA/contacts/leo@tundra.example", null, null).status())
                .isEqualTo(204);
        assertThat(leo.get("/api/cases").status()).isEqualTo(401);
        var kept = admin().get("/api/cases/" + number);
        assertThat(kept.json().path("reporter").asText()).isEqualTo("leo@tundra.example");
        assertThat(admin().get("/api/organizations/TUNDRA").json().path("contacts")).isEmpty();

        assertThat(admin().post("/api/organizations/ACME/contacts", "{\"email\": \"leo@tundra.example\", \"name\": \"Leo\"}")
                .status()).as("an address stays with its organization").isEqualTo(409);
        assertThat(admin().post("/api/organizations/TUNDRA/contacts",
                "{\"email\": \"leo@tundra.example\", \"name\": \"Leo Park\", \"roles\": [\"MPOC_SECONDARY\"]}").status())
                .as("added again to its own organization").isEqualTo(201);
        assertThat(admin().get("/api/organizations/TUNDRA").json().path("contacts").findValuesAsText("email"))
                .containsExactly("leo@tundra.example");
    }

    @Test
    void aCsvImportAddsTheGoodRowsAndSaysWhyTheOthersWereRefused() {
        assertThat(admin().post("/api/organizations", organization("TAIGA", "PRIORITY_MATRIX")).status()).isEqualTo(201);
        var imported = admin().send("POST", "/api/organizations/TAIGA/contacts/import", "text/csv", """
                email,name,title,phone,roles
                ana@taiga.example,Ana Lind,CTO,+1 555 0100,MPOC_PRIMARY;MASTER_CASE
                not-an-address,Bad Row,,,MPOC_SECONDARY
                ben@taiga.example,Ben Lind,,,FINANCIAL
                """);
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(imported.json().path("added").asInt()).isEqualTo(2);
        assertThat(imported.json().path("refused").asInt()).isEqualTo(1);
        assertThat(imported.json().path("rows").get(1).path("line").asInt()).isEqualTo(3);
        assertThat(imported.json().path("rows").get(1).path("problem").asText()).contains("not-an-address");
        assertThat(admin().get("/api/organizations/TAIGA").json().path("contacts").findValuesAsText("email"))
                .containsExactly("ana@taiga.example", "ben@taiga.example");
        assertThat(passwordMail("ben@taiga.example")).isNotNull();
    }

    @Test
    void aChangedPlanAppliesToNewCasesWhileRunningCasesKeepTheirs() {
        assertThat(admin().post("/api/organizations", organization("POLAR", "SEVERITY_MATRIX")).status()).isEqualTo(201);
        assertThat(admin().post("/api/organizations/POLAR/contacts",
                "{\"email\": \"ola@polar.example\", \"name\": \"Ola Berg\", \"roles\": [\"MPOC_PRIMARY\"]}").status())
                .isEqualTo(201);
        Caller ola = Caller.contact("ola@polar.example", "POLAR");
        String running = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING", "Jitter",
                "Jitter on the trunk", null, null), ola, null).supportCase().number();

        var changed = admin().send("PUT", "/api/organizations/POLAR", "application/json",
                organization("POLAR", "PRIORITY_MATRIX"));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.json().path("slaPlan").asText()).isEqualTo("PRIORITY_MATRIX");

        // level 1 triages the running case at P2: the severity matrix answers S2 in 1 h 30 min around the clock,
        // the priority matrix would say 30 minutes
        new AgentActions(engine).complete(running, "l1", "support-l1", Map.of("priority", "P2", "caseType", "SERVICE_REQUEST",
                "productLine", "SIP_TRUNKING", "assignedGroup", "support-l2", "markAsDuplicate", false));
        var opened = cases.get(running, Caller.agent("l1", Set.of("support-l1"))).openedAt();
        assertThat(Duration.between(opened, slaClocks.status(running).initialResponseDue())).isEqualTo(Duration.ofMinutes(90));

        String later = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING", "Echo",
                "Echo on the trunk", null, null), ola, null).supportCase().number();
        new AgentActions(engine).complete(later, "l1", "support-l1", Map.of("priority", "P2", "caseType", "SERVICE_REQUEST",
                "productLine", "SIP_TRUNKING", "assignedGroup", "support-l2", "markAsDuplicate", false));
        var laterOpened = cases.get(later, Caller.agent("l1", Set.of("support-l1"))).openedAt();
        assertThat(Duration.between(laterOpened, slaClocks.status(later).initialResponseDue()))
                .isEqualTo(Duration.ofMinutes(30));
    }

    private NotificationView passwordMail(String email) {
        List<NotificationView> mails = notifications.forEvents("password-" + email + "-");
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
