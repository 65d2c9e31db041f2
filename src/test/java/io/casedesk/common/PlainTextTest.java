package io.casedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void paragraphsBreaksAndListsBecomeLines() {
        String html = "<html><head><title>t</title><style>p{}</style></head><body><p>Hello,</p><p>Line one<br>line two</p>"
                + "<ul><li>first</li><li>second</li></ul><p>See <a href=\"https://example.com/kb\">the article</a>.</p></body></html>";

        assertThat(PlainText.fromHtml(html))
                .isEqualTo("Hello,\n\nLine one\nline two\n\n- first\n- second\n\nSee the article <https://example.com/kb>.");
    }

    @Test
    void entitiesAreDecodedAndScriptsDropped() {
        assertThat(PlainText.fromHtml("<p>Caf&eacute; &amp; t&eacute;<script>alert(1)</script></p>")).isEqualTo("Café & té");
    }
}
