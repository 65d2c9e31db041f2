package io.casedesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.casedesk.CasedeskApplication;
import io.casedesk.support.ApiClient;
import io.casedesk.support.ApiClient.Response;

/**
 * Nobody claims an installation: outside the demo profile Casedesk does not start without an administrator
 * password, and Camunda Admin's first-administrator setup is closed even when no administrator exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdministratorSetupTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void refusesToStartWithoutAnAdministratorPasswordWhenNoAdministratorExists() {
        SpringApplicationBuilder withoutPassword = new SpringApplicationBuilder(CasedeskApplication.class)
                .profiles("test")
                .properties("server.port=0");
        String[] withoutPasswordArguments = { "--casedesk.workspace.admin-password=",
                "--spring.datasource.url=jdbc:h2:mem:no-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" };

        assertThatThrownBy(() -> withoutPassword.run(withoutPasswordArguments)).hasStackTraceContaining("No administrator exists")
                .hasStackTraceContaining("CASEDESK_ADMIN_PASSWORD");
    }

    @Test
    void theAdminSetupCannotCreateAnAdministratorEvenWhenNoneExists() {
        identityService.deleteUser(WorkspaceSetup.ADMIN_USER);
        assertThat(identityService.createUserQuery().memberOfGroup(StaffGroup.ADMINISTRATORS.id()).count()).isZero();

        Response setup = ApiClient.onPort(port).post("/camunda/api/admin/setup/default/user/create", """
                {"profile":{"id":"intruder","firstName":"I","lastName":"Ntruder","email":"i@example.com"},
                 "credentials":{"password":"claimed-it"}}""");

        assertThat(setup.status()).isEqualTo(403);
        assertThat(setup.detail()).contains("Admin setup is disabled");
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }
}
