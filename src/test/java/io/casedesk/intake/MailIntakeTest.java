package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a customer's mail is read: the case number in the subject, and the reply without its quotes. */
class MailIntakeTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            'RE: [CS-000123] Case received: calls drop', CS-000123
            'Fwd: CS-000045 still broken',               CS-000045
            'AW: [CS-1234567] Update',                   CS-1234567
            'Calls drop again',                          ''
            'CS-12 is not a case number',                ''
            """)
    void caseNumberComesFromTheSubject(String subject, String expected) {
        assertThat(MailIntake.caseNumber(subject)).isEqualTo(expected == null || expected.isEmpty() ? null : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It works now.\\n\\nOn Mon, 9 Mar 2026 at 10:00, Support <support@casedesk.example> wrote:\\n> old text | It works now.
            Sigue igual.\\n\\nEl lun, 9 mar 2026 a las 10:00, Soporte escribió:\\n> texto anterior | Sigue igual.
            Done.\\n-----Original Message-----\\nFrom: Support | Done.
            Answer inline\\n> quoted line\\nmore answer | Answer inline\\nmore answer
            """)
    void quotedHistoryIsLeftOut(String mail, String expected) {
        assertThat(MailIntake.withoutQuotedHistory(mail.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
    }
}
