package io.casedesk.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

import io.casedesk.common.PlainText;
import io.casedesk.common.Sha256;
import io.casedesk.supportcase.NewAttachment;

/** Decodes a message of the support mailbox into an {@link InboundMail}. */
class InboundMailParser {

    /** The message cannot be used at all, e.g. it has no sender. */
    static final class MalformedMailException extends Exception {
        MalformedMailException(String message) {
            super(message);
        }
    }

    private static final List<String> AUTOMATIC_PRECEDENCE = List.of("bulk", "junk", "list", "auto_reply");
    private static final int MAX_ATTACHMENTS = 20;
    /** A reply's thread is searched this far back, most recent first. */
    private static final int MAX_REFERENCES = 20;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,500}>");
    /** Control characters that no stored text keeps (PostgreSQL cannot store NUL); tabs and line breaks stay. */
    private static final Pattern UNSTORABLE = Pattern.compile("[\\p{Cntrl}&&[^\\t\\r\\n]]");
    /** The longest text a case keeps of a mail's body (the description and comment columns). */
    static final int MAX_TEXT = 20_000;
    static final int MAX_MESSAGE_ID = 500;
    static final int MAX_ADDRESS = 254;
    static final int MAX_FILENAME = 255;

    private final String ownAddress;
    private final long maxAttachmentSize;
    private final SenderAuthentication authentication;

    InboundMailParser(String ownAddress, long maxAttachmentSize, SenderAuthentication authentication) {
        this.ownAddress = ownAddress.toLowerCase(Locale.ROOT);
        this.maxAttachmentSize = maxAttachmentSize;
        this.authentication = authentication;
    }

    InboundMail parse(Message message) throws MessagingException, IOException, MalformedMailException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender) || sender.getAddress() == null) {
            throw new MalformedMailException("The message has no sender address");
        }
        String address = storable(sender.getAddress()).strip().toLowerCase(Locale.ROOT);
        if (address.length() > MAX_ADDRESS) {
            throw new MalformedMailException("The sender address is longer than " + MAX_ADDRESS + " characters");
        }
        String subject = message.getSubject() == null ? "" : storable(message.getSubject()).strip();
        Body body = new Body();
        collect(message, body);
        String text = body.plain != null ? body.plain : body.html != null ? PlainText.fromHtml(body.html) : "";
        boolean ours = address.equals(ownAddress) || header(message, "X-Casedesk-Case") != null;
        return new InboundMail(messageId(message, address, subject), address, subject, shortened(storable(text).strip()),
                body.attachments, automatic(message), ours, body.skipped, references(message),
                authentication.vouchesFor(address, message.getHeader("Authentication-Results")));
    }

    /** The text without the control characters a database cannot store or a person cannot read (NUL and the like). */
    static String storable(String text) {
        return text == null ? null : UNSTORABLE.matcher(text).replaceAll("");
    }

    /** A body longer than a case keeps, cut with a note that says so. */
    static String shortened(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        String note = "\n\n[The email was longer: its last " + (text.length() - MAX_TEXT) + " characters and more were "
                + "left out here. The whole email is in the support mailbox.]";
        return text.substring(0, MAX_TEXT - note.length()) + note;
    }

    /** The Message-IDs a reply refers to, the one it answers first. */
    static List<String> references(Message message) throws MessagingException {
        List<String> ids = new ArrayList<>();
        addIds(ids, storable(header(message, "In-Reply-To")));
        List<String> thread = new ArrayList<>();
        addIds(thread, storable(header(message, "References")));
        Collections.reverse(thread);
        thread.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids.size() > MAX_REFERENCES ? List.copyOf(ids.subList(0, MAX_REFERENCES)) : List.copyOf(ids);
    }

    private static void addIds(List<String> ids, String header) {
        if (header == null) {
            return;
        }
        Matcher id = MESSAGE_ID.matcher(header);
        while (id.find()) {
            ids.add(id.group());
        }
    }

    /**
     * The Message-ID, or a digest of what identifies the message when it has none, or one too long to keep, or its
     * headers cannot be read: the same for the same message on every poll.
     */
    static String messageId(Message message, String from, String subject) {
        try {
            String id = storable(header(message, "Message-ID"));
            if (id != null && !id.isBlank()) {
                id = id.strip();
                return id.length() <= MAX_MESSAGE_ID ? id : digest(id);
            }
            return digest(from + "|" + subject + "|" + message.getSentDate() + "|" + message.getSize());
        } catch (MessagingException unreadable) {
            return digest(from + "|" + subject + "|" + message.getMessageNumber());
        }
    }

    private static String digest(String identity) {
        return "<digest-" + Sha256.hex(identity) + ">";
    }

    /** Mail from a machine must never be answered automatically (RFC 3834), or two robots talk forever. */
    private static boolean automatic(Message message) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
            return true;
        }
        String precedence = header(message, "Precedence");
        return precedence != null && AUTOMATIC_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))
                || header(message, "List-Id") != null || header(message, "X-Autoreply") != null;
    }

    private static String header(Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static final class Body {
        String plain;
        String html;
        final List<NewAttachment> attachments = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
    }

    private void collect(Part part, Body body) throws MessagingException, IOException {
        String filename = part.getFileName() == null ? null : storableFilename(MimeUtility.decodeText(part.getFileName()));
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || filename != null;
        if (part.isMimeType("multipart/*") && !attachment) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, body);
            }
        } else if (attachment) {
            addAttachment(part, filename == null ? "attachment" : filename, body);
        } else if (part.isMimeType("text/plain") && body.plain == null) {
            body.plain = part.getContent().toString();
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = part.getContent().toString();
        }
    }

    private void addAttachment(Part part, String filename, Body body) throws MessagingException, IOException {
        if (body.attachments.size() >= MAX_ATTACHMENTS) {
            body.skipped.add(filename);
            return;
        }
        byte[] content = readAtMost(part.getInputStream(), maxAttachmentSize + 1);
        if (content.length > maxAttachmentSize) {
            body.skipped.add(filename);
            return;
        }
        String contentType;
        try {
            contentType = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException unreadable) {
            contentType = "application/octet-stream";
        }
        if (contentType.length() > MAX_FILENAME || UNSTORABLE.matcher(contentType).find()) {
            contentType = "application/octet-stream";
        }
        body.attachments.add(new NewAttachment(filename, contentType, content));
    }

    /** A file name a case can keep: readable, and at most 255 characters with its extension kept. */
    static String storableFilename(String filename) {
        String name = storable(filename).strip();
        if (name.length() <= MAX_FILENAME) {
            return name.isEmpty() ? "attachment" : name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        return name.substring(0, MAX_FILENAME - extension.length() - 1) + "…" + extension;
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0 && total < limit; total += n) {
                out.write(buffer, 0, (int) Math.min(n, limit - total));
            }
            return out.toByteArray();
        }
    }
}
