package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which Authentication-Results headers vouch for a sender: only those the receiving server wrote (its authserv-id),
 * and only a passing DMARC, or a passing DKIM or SPF aligned with the sender's domain.
 */
class SenderAuthenticationTest {

    static final SenderAuthentication MX = new SenderAuthentication("mx.casedesk.example");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DMARC passed for the sender's domain | mx.casedesk.example; dmarc=pass (p=reject dis=none) header.from=acme.example | true
            DMARC passed without naming the domain | mx.casedesk.example; dmarc=pass | true
            DMARC passed for another domain | mx.casedesk.example; dmarc=pass header.from=evil.example | false
            DMARC failed | mx.casedesk.example; dmarc=fail header.from=acme.example | false
            DKIM signed by the sender's domain | mx.casedesk.example; dkim=pass header.d=acme.example header.s=sel1 | true
            DKIM signed by the parent of a subdomain sender | mx.casedesk.example; dkim=pass header.d=example | false
            DKIM signed by another domain | mx.casedesk.example; dkim=pass header.d=mailer.example | false
            DKIM neutral | mx.casedesk.example; dkim=neutral header.d=acme.example | false
            SPF passed for the sender's envelope | mx.casedesk.example; spf=pass smtp.mailfrom=bounces@acme.example | true
            SPF passed for another envelope | mx.casedesk.example; spf=pass smtp.mailfrom=bounces@evil.example | false
            SPF soft fail | mx.casedesk.example; spf=softfail smtp.mailfrom=alice.morgan@acme.example | false
            written by another server | mail.evil.example; dmarc=pass header.from=acme.example | false
            written by a server with a similar name | mx.casedesk.example.evil.example; dmarc=pass | false
            one of several methods passes | mx.casedesk.example 1; spf=fail smtp.mailfrom=acme.example; dkim=pass header.d=acme.example | true
            a comment hiding a forged result | mx.casedesk.example; spf=fail (dmarc=pass header.from=acme.example) smtp.mailfrom=acme.example | false
            nothing authenticated | mx.casedesk.example; none | false
            case does not matter | MX.Casedesk.Example; DMARC=Pass header.from=ACME.example | true
            """)
    void vouchesForTheSenderOnlyWhenItsOwnServerSaysSo(String situation, String header, boolean vouched) {
        assertThat(MX.vouchesFor("alice.morgan@acme.example", new String[] {header})).as(situation).isEqualTo(vouched);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a subdomain's mail signed by its organization | dkim=pass header.d=acme.example | true
            a subdomain's mail with SPF for the organization | spf=pass smtp.mailfrom=acme.example | true
            """)
    void aSubdomainSenderIsAlignedWithItsOrganizationsDomain(String situation, String result, boolean vouched) {
        assertThat(MX.vouchesFor("noc@eu.acme.example", new String[] {"mx.casedesk.example; " + result})).as(situation)
                .isEqualTo(vouched);
    }

    @Test
    void aForgedHeaderBelowTheServersOwnDoesNotCountWhenTheServerSaysFail() {
        String[] headers = {"mx.casedesk.example; dmarc=fail header.from=acme.example",
            "mail.evil.example; dmarc=pass header.from=acme.example"};
        assertThat(MX.vouchesFor("alice.morgan@acme.example", headers)).isFalse();
        assertThat(MX.vouchesFor("alice.morgan@acme.example", null)).isFalse();
        assertThat(new SenderAuthentication(null).vouchesFor("alice.morgan@acme.example",
                new String[] {"mx.casedesk.example; dmarc=pass"})).as("no server named: nothing vouches").isFalse();
    }
}
