package io.casedesk.common;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Readable plain text from HTML (jsoup): paragraphs, line breaks, list items and link targets kept. */
public final class PlainText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
            "ul", "ol", "blockquote", "pre", "section", "article", "header", "footer", "hr", "dl", "dt", "dd");

    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t\\x0B\\f\\r]+\\n");
    private static final Pattern LEADING_BLANKS = Pattern.compile("\\n[ \\t]+");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n{3,}");

    private PlainText() {
    }

    public static String fromHtml(String html) {
        return fromDocument(Jsoup.parse(html));
    }

    /** The text of a document already parsed, such as a mail whose title was read too. */
    public static String fromDocument(Document document) {
        StringBuilder text = new StringBuilder();
        Element body = document.body();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(preformatted(textNode) ? textNode.getWholeText() : textNode.text());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (tag.equals("li")) {
                        newLine(text);
                        text.append("- ");
                    } else if (BLOCKS.contains(tag)) {
                        newParagraph(text);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("a") && element.hasAttr("href") && !element.attr("href").equals(element.text())
                            && !element.attr("href").startsWith("mailto:")) {
                        text.append(" <").append(element.attr("href")).append('>');
                    } else if (tag.equals("td") || tag.equals("th")) {
                        text.append(' ');
                    } else if (BLOCKS.contains(tag)) {
                        newParagraph(text);
                    }
                }
            }
        });
        String lines = text.toString().replace("\r\n", "\n");
        lines = TRAILING_BLANKS.matcher(lines).replaceAll("\n");
        lines = LEADING_BLANKS.matcher(lines).replaceAll("\n");
        return EMPTY_LINES.matcher(lines).replaceAll("\n\n").strip();
    }

    /** Inside {@code <pre>} or {@code white-space: pre*}, line breaks are content. */
    private static boolean preformatted(Node node) {
        for (Node parent = node.parent(); parent instanceof Element element; parent = parent.parent()) {
            if (element.normalName().equals("pre") || element.attr("style").replace(" ", "").contains("white-space:pre")) {
                return true;
            }
        }
        return false;
    }

    private static void newLine(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static void newParagraph(StringBuilder text) {
        newLine(text);
        if (text.length() > 1 && text.charAt(text.length() - 2) != '\n') {
            text.append('\n');
        }
    }
}
