package io.casedesk.solutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.support.ProcessTest;

/**
 * The Solutions Center: staff write articles per language, customers find the published ones by words and product
 * line in their language, the case form's suggestions, and Markdown that cannot carry a script.
 */
@ProcessTest
class SolutionsTest {

    private static final Caller STAFF = Caller.agent("l2", Set.of("support-l2"));
    private static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");

    @Autowired
    Solutions solutions;

    @Test
    void contactsFindAnArticleOnceStaffPublishItAndReadItInAnotherLanguageWhenTheirsIsMissing() {
        solutions.publish(new NewArticle("hold-music-upload", "en", "Upload your own hold music",
                "Upload a **zebrafinch** recording as WAV, 8 kHz mono.", List.of("CLOUD_PBX"), List.of("audio"), false), STAFF);

        assertThat(solutions.search("zebrafinch", null, "en", ALICE)).as("a draft").isEmpty();
        assertThat(solutions.search("zebrafinch", null, "en", STAFF)).extracting(ArticleView::slug)
                .containsExactly("hold-music-upload");
        assertThatThrownBy(() -> solutions.read("hold-music-upload", "en", ALICE)).isInstanceOf(NotFoundException.class);

        solutions.publish(new NewArticle("hold-music-upload", "en", "Upload your own hold music",
                "Upload a **zebrafinch** recording as WAV, 8 kHz mono.", List.of("CLOUD_PBX"), List.of("audio"), true), STAFF);
        assertThat(solutions.search("ZebraFinch WAV", "CLOUD_PBX", "en", ALICE)).extracting(ArticleView::title)
                .containsExactly("Upload your own hold music");
        assertThat(solutions.search("zebrafinch", "MICROSOFT_TEAMS", "en", ALICE)).as("another product line").isEmpty();
        assertThat(solutions.search("zebrafinch", null, "es", ALICE)).as("no Spanish version").isEmpty();
        ArticleView read = solutions.read("hold-music-upload", "es", ALICE);
        assertThat(read.language()).isEqualTo("en");
        assertThat(read.html()).contains("<strong>zebrafinch</strong>");
        assertThat(read.summary()).isEqualTo("Upload a zebrafinch recording as WAV, 8 kHz mono.");

        solutions.remove("hold-music-upload", "en", STAFF);
        assertThat(solutions.search("zebrafinch", null, "en", STAFF)).isEmpty();
    }

    @Test
    void rawHtmlAndScriptLinksInAnArticleAreShownAsTextOrDropped() {
        ArticleView article = solutions.publish(new NewArticle("safe-markdown-check", "en", "Safe Markdown",
                "<script>alert('x')</script>\n\n[Click](javascript:alert(1)) and [status](/status)", List.of(), List.of(),
                true), STAFF);

        assertThat(article.html()).doesNotContain("<script>").contains("&lt;script&gt;")
                .doesNotContain("javascript:").contains("href=\"/status\"");
    }

    @Test
    void theCaseFormSuggestsArticlesByProductLineAndWordsInTheContactsLanguage() {
        assertThat(solutions.suggestions("MICROSOFT_TEAMS", "Presence is wrong for the sales team", "en", 3))
                .extracting(ArticleView::slug).first().isEqualTo("teams-presence-and-calls");
        assertThat(solutions.suggestions(null, "Dana forgot her voicemail PIN", "en", 3)).extracting(ArticleView::slug)
                .contains("reset-a-password");
        assertThat(solutions.suggestions("CLOUD_PBX", "Necesitamos una contraseña nueva", "es", 3))
                .extracting(ArticleView::title).contains("Restablecer la contraseña o el PIN de buzón de un usuario");
        assertThat(solutions.suggestions(null, "the and with", "en", 3)).as("nothing to go by").isEmpty();
    }

    @Test
    void whatStaffWriteIsCheckedAndContactsWriteNothing() {
        assertThatThrownBy(() -> solutions.publish(new NewArticle("Create A User", "en", "T", "B", List.of(), List.of(),
                true), STAFF)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("slug");
        assertThatThrownBy(() -> solutions.publish(new NewArticle("checked", "fr", "T", "B", List.of(), List.of(), true),
                STAFF)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> solutions.publish(new NewArticle("checked", "en", "T", "B", List.of("FAX"), List.of(),
                true), STAFF)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("FAX");
        assertThatThrownBy(() -> solutions.publish(new NewArticle("checked", "en", " ", "B", List.of(), List.of(), true),
                STAFF)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> solutions.publish(new NewArticle("checked", "en", "T", "B", List.of(), List.of(), true),
                ALICE)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> solutions.search("a b c d e f g h i", null, "en", ALICE))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("8 words");
    }

    @Test
    void theDemoShipsEveryArticleTheMacdAcknowledgementLinksInBothLanguages() {
        for (String slug : List.of("create-a-user", "update-user-information", "delete-a-user", "reset-a-password",
                "create-a-phone", "delete-a-phone")) {
            assertThat(solutions.read(slug, "en", ALICE).language()).isEqualTo("en");
            assertThat(solutions.read(slug, "es", ALICE).language()).isEqualTo("es");
        }
    }
}
