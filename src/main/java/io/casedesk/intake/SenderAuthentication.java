package io.casedesk.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the receiving mail server vouches for a mail's sender: an {@code Authentication-Results} header (RFC 8601)
 * written by that server, named by its authserv-id, shows DMARC passing for the sender's domain, or DKIM or SPF
 * passing for it (aligned: the signing or envelope domain is the sender's domain or a parent of it). Headers of other
 * authserv-ids are ignored: anybody can write such a header into a mail, only the receiving server's own count, and
 * it removes forged copies of its own on the way in.
 */
final class SenderAuthentication {

    private final String authservId;

    /** @param authservId the name the receiving mail server writes in its Authentication-Results headers */
    SenderAuthentication(String authservId) {
        this.authservId = authservId == null ? null : authservId.strip().toLowerCase(Locale.ROOT);
    }

    /** @param headers every {@code Authentication-Results} header of the mail, {@code null} when none */
    boolean vouchesFor(String senderAddress, String[] headers) {
        if (authservId == null || authservId.isEmpty() || headers == null || senderAddress == null
                || senderAddress.indexOf('@') < 0) {
            return false;
        }
        String domain = senderAddress.substring(senderAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        for (String header : headers) {
            List<String> parts = split(withoutComments(header));
            if (parts.isEmpty() || !firstWord(parts.get(0)).equals(authservId)) {
                continue;
            }
            for (String result : parts.subList(1, parts.size())) {
                if (passes(result, domain)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean passes(String resinfo, String domain) {
        Map<String, String> properties = new HashMap<>();
        String method = null;
        String outcome = null;
        for (String token : resinfo.strip().split("\\s+")) {
            int equals = token.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String key = token.substring(0, equals).toLowerCase(Locale.ROOT);
            String value = unquoted(token.substring(equals + 1)).toLowerCase(Locale.ROOT);
            if (method == null) {
                method = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
                outcome = value;
            } else {
                properties.put(key, value);
            }
        }
        if (!"pass".equals(outcome) || method == null) {
            return false;
        }
        return switch (method) {
            case "dmarc" -> aligned(properties.getOrDefault("header.from", domain), domain);
            case "dkim" -> properties.containsKey("header.d") && aligned(properties.get("header.d"), domain);
            case "spf" -> properties.containsKey("smtp.mailfrom") && aligned(domainOf(properties.get("smtp.mailfrom")), domain);
            default -> false;
        };
    }

    /**
     * The authenticated domain is the sender's domain or a parent of it (DMARC's relaxed alignment), never a bare
     * top-level domain.
     */
    private static boolean aligned(String authenticated, String sender) {
        return authenticated.contains(".") && (sender.equals(authenticated) || sender.endsWith("." + authenticated));
    }

    private static String domainOf(String mailbox) {
        return mailbox.substring(mailbox.lastIndexOf('@') + 1);
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static String firstWord(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        return (space < 0 ? stripped : stripped.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    /** The header without its (nestable) comments. */
    private static String withoutComments(String header) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (char c : header.replaceAll("\\r?\\n[ \\t]", " ").toCharArray()) {
            if (c == '"' && depth == 0) {
                quoted = !quoted;
            }
            if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** The authserv-id part, then each method's result, split at the semicolons outside quotes. */
    private static List<String> split(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        parts.removeIf(p -> p.isBlank());
        return parts;
    }
}
