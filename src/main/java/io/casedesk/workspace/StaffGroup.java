package io.casedesk.workspace;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The provider's groups. Every user task names one of them as candidate group, and the webapp
 * authorizations of {@link WorkspaceSetup} are granted per group.
 */
public enum StaffGroup {
    SUPPORT_L1("support-l1", "Support level 1", true),
    SUPPORT_L2("support-l2", "Support level 2", true),
    SUPPORT_L3("support-l3", "Support level 3", true),
    SUPPORT_MANAGERS("support-managers", "Support managers", true),
    NETWORK_ENGINEERING("network-engineering", "Network engineering", true),
    SOFTWARE_ENGINEERING("software-engineering", "Software engineering", true),
    FIELD_DISPATCH("field-dispatch", "Field dispatch", true),
    FIELD_TECHNICIANS("field-technicians", "Field technicians", true),
    PROVISIONING("provisioning", "Provisioning", true),
    SUPPORT_24X7("support-24x7", "24x7 technical support", true),
    /** Administrative requests about invoices and fees, in office hours. */
    BILLING("billing", "Billing", true),
    /** Administrative requests about contracts and offers, in office hours. */
    SALES("sales", "Sales", true),
    /** Implementation projects: the phases and the training courses. */
    IMPLEMENTATION("implementation", "Implementation projects", true),
    PROCESS_OWNERS("process-owners", "Process owners", false),
    OPERATORS("operators", "Operators", false),
    /** Onboard customer organizations and contacts in the staff desk; no Tasklist work. */
    CUSTOMER_ADMINS("customer-admins", "Customer administrators", false),
    ADMINISTRATORS("camunda-admin", "Camunda administrators", false);

    private final String id;
    private final String label;
    private final boolean worksCases;

    StaffGroup(String id, String label, boolean worksCases) {
        this.id = id;
        this.label = label;
        this.worksCases = worksCases;
    }

    public String id() {
        return id;
    }

    String label() {
        return label;
    }

    /** Groups whose members open cases for callers from Tasklist ({@code CaseOpeningProcess}). */
    static Set<StaffGroup> caseOpeners() {
        return EnumSet.of(SUPPORT_L1, SUPPORT_L2, SUPPORT_L3, SUPPORT_24X7, SUPPORT_MANAGERS, NETWORK_ENGINEERING);
    }

    /** Groups whose members work tasks in Tasklist. */
    static Set<StaffGroup> caseWorkers() {
        Set<StaffGroup> groups = EnumSet.noneOf(StaffGroup.class);
        Arrays.stream(values()).filter(g -> g.worksCases).forEach(groups::add);
        return groups;
    }
}
