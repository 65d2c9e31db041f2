package io.casedesk.supportcase;

import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to open a case, from the API, an email or an agent taking a call or chat.
 *
 * @param organization may be omitted by a contact (its own organization)
 * @param contactEmail the reporting MPOC; a contact caller reports in its own name
 * @param priority     honoured only for an agent opening a CHAT, PHONE or MONITORING case; otherwise P4
 * @param details      free-form facts such as extension, direction, counterpart number and time of the event
 */
public record NewCase(
        @Size(max = 32) String organization,
        @Email @Size(max = 254) String contactEmail,
        Channel channel,
        @NotNull CaseType type,
        @Size(max = 64) String productLine,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 20000) String description,
        Priority priority,
        Map<String, Object> details) {
}
