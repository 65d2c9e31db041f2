package io.casedesk.intake;

import java.util.List;

import io.casedesk.supportcase.NewAttachment;

/**
 * A message from the support mailbox, decoded.
 *
 * @param messageId     the message's Message-ID, or a digest of it when it has none
 * @param from          the sender's address, lower case
 * @param text          the body as plain text (extracted from HTML when that is all there is)
 * @param automatic     sent by a machine ({@code Auto-Submitted}, {@code Precedence: bulk}, a mailing list)
 * @param ours          sent by Casedesk itself
 * @param skipped       names of attachments left out because they were too large
 * @param references    the Message-IDs the mail answers: {@code In-Reply-To} first, then {@code References} from the
 *                      most recent back
 * @param senderVouched the receiving mail server vouches for the sender ({@link SenderAuthentication})
 */
record InboundMail(String messageId, String from, String subject, String text, List<NewAttachment> attachments,
        boolean automatic, boolean ours, List<String> skipped, List<String> references, boolean senderVouched) {
}
