package io.casedesk.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.support.DeliveryJobs;
import io.casedesk.support.PostgresIntegrationTest;

/**
 * The invoice mail on PostgreSQL with a real SMTP server (GreenMail): two nodes' jobs issuing at the same moment
 * make one invoice per organization and one mail, which carries the invoice as a PDF that opens.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class InvoiceMailIT {

    static GreenMail mailServer;

    @Autowired
    Invoicing invoicing;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    @BeforeAll
    static void startMailServer() {
        mailServer = new GreenMail(ServerSetupTest.SMTP);
        mailServer.start();
    }

    @AfterAll
    static void stopMailServer() {
        mailServer.stop();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void twoIssuersAtOnceMakeOneInvoiceAndOneMailWithItsPdf() throws Exception {
        jdbc.update("insert into billing_entry (organization_code, billing_month, case_number, description, completed_at, "
                + "minutes_spent, minutes_billed, hourly_rate, amount, currency, expedited) values ('TICO', '2030-05', "
                + "'CS-770001', 'Crear un teléfono', ?, 20, 30, 100.00, 50.00, 'USD', false)",
                OffsetDateTime.parse("2030-05-10T15:00:00Z"));
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2030-05-27T07:00:00-06:00").toInstant()));

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> runs = new ArrayList<>();
        Callable<List<String>> issue = invoicing::issueDue;
        runs.add(nodes.submit(issue));
        runs.add(nodes.submit(issue));
        List<String> issued = new ArrayList<>();
        for (Future<List<String>> run : runs) {
            issued.addAll(run.get());
        }
        nodes.shutdown();

        assertThat(issued).filteredOn(number -> number.endsWith("-TICO")).containsExactly("INV-2030-05-TICO");
        assertThat(jdbc.queryForObject("select count(*) from invoice where organization_code = 'TICO'", Integer.class))
                .isOne();
        List<NotificationView> mails = notifications.forEvents("invoice-INV-2030-05-TICO");
        assertThat(mails).extracting(NotificationView::recipient).containsExactly("finanzas@tico.example");

        DeliveryJobs.deliver(engine, mails.get(0));
        assertThat(mailServer.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = mailServer.getReceivedMessagesForDomain("finanzas@tico.example");
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Factura INV-2030-05-TICO de Tico Servicios");
        Part pdf = attachment((Multipart) received[0].getContent());
        assertThat(pdf.getFileName()).isEqualTo("INV-2030-05-TICO.pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Factura INV-2030-05-TICO", "Tico Servicios",
                    "CS-770001", "USD 50.00");
        }
    }

    private static Part attachment(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
            if (part.getContent() instanceof Multipart inner) {
                Part found = attachment(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
