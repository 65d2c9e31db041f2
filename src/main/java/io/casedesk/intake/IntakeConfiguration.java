package io.casedesk.intake;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Polls the support mailbox on a schedule when mail intake is enabled. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "casedesk.intake.mail", name = "enabled", havingValue = "true")
@EnableScheduling
class IntakeConfiguration {
}
