package io.casedesk.supportcase;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** Gauge {@code casedesk.cases.open}: cases not yet closed, tagged by priority. */
@Component
class OpenCaseMetrics implements MeterBinder {

    private static final List<CaseStatus> CLOSED = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isClosed).toList();

    private final SupportCaseRepository cases;

    OpenCaseMetrics(SupportCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Priority priority : Priority.values()) {
            Gauge.builder("casedesk.cases.open", cases, repository -> repository.countByPriorityAndStatusNotIn(priority, CLOSED))
                    .description("Cases not yet closed")
                    .tag("priority", priority.name())
                    .register(registry);
        }
    }
}
