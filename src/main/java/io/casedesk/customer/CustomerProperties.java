package io.casedesk.customer;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What onboarding checks an organization's contract against.
 *
 * @param productLines the product lines support works ({@code casedesk.cases.product-lines}, the list cases use too)
 */
@ConfigurationProperties("casedesk.cases")
record CustomerProperties(List<String> productLines) {
}
