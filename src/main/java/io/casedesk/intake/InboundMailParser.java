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

    private final String ownAddress;
    private final long maxAttachmentSize;

    InboundMailParser(String ownAddress, long maxAttachmentSize) {
        this.ownAddress = ownAddress.toLowerCase(Locale.ROOT);
        this.maxAttachmentSize = maxAttachmentSize;
    }

    InboundMail parse(Message message) throws MessagingException, IOException, MalformedMailException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender) || sender.getAddress() == null) {
            throw new MalformedMailException("The message has no sender address");
        }
        String address = sender.getAddress().strip().toLowerCase(Locale.ROOT);
        String subject = message.getSubject() == null ? "" : message.getSubject().strip();
        Body body = new Body();
        collect(message, body);
        String text = body.plain != null ? body.plain : body.html != null ? PlainText.fromHtml(body.html) : "";
        boolean ours = address.equals(ownAddress) || header(message, "X-Casedesk-Case") != null;
        return new InboundMail(messageId(message, address, subject), address, subject, text.strip(), body.attachments,
                automatic(message), ours, body.skipped, references(message));
    }

    /** The Message-IDs a reply refers to, the one it answers first. */
    static List<String> references(Message message) throws MessagingException {
        List<String> ids = new ArrayList<>();
        addIds(ids, header(message, "In-Reply-To"));
        List<String> thread = new ArrayList<>();
        addIds(thread, header(message, "References"));
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

    /** The Message-ID, or a digest of what identifies the message when it has none. */
    static String messageId(Message message, String from, String subject) throws MessagingException {
        String id = header(message, "Message-ID");
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        return "<digest-" + Sha256.hex(from + "|" + subject + "|" + message.getSentDate() + "|" + message.getSize()) + ">";
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
        String filename = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
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
        body.attachments.add(new NewAttachment(filename, contentType, content));
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
