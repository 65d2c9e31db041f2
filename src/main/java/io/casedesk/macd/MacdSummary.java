package io.casedesk.macd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.casedesk.customer.OrganizationInfo;

/** A MACD request as people read it: the task, the service level and the fields given. */
@Component
class MacdSummary {

    private final MacdFields fields;
    private final MacdTexts texts;

    MacdSummary(MacdFields fields, MacdTexts texts) {
        this.fields = fields;
        this.texts = texts;
    }

    /** Task, service level and the fields given, as the customer reads them in a notice. */
    Map<String, Object> forCustomer(OrganizationInfo org, MacdRequest request, Map<String, Object> details) {
        Map<String, Object> model = new HashMap<>();
        model.put("task", texts.task(org, request.task()));
        model.put("expedited", request.expedited());
        model.put("requestFields", fields(org.locale(), details));
        return model;
    }

    /** Each given field as "label: value", in the configured order. */
    List<String> fields(Locale locale, Map<String, Object> details) {
        List<String> given = new ArrayList<>();
        for (String key : fields.all()) {
            Object value = details.get(key);
            if (value != null && !value.toString().isBlank()) {
                given.add(texts.field(locale, key) + ": " + value);
            }
        }
        return given;
    }
}
