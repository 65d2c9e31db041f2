package io.casedesk.project;

/** The five typical phases of an implementation project (plan 002), in order. */
public enum ProjectPhase {
    ANALYSIS("Analysis of the customer's needs and design constraints", "Análisis de necesidades y restricciones de diseño"),
    DETAILED_DESIGN("Detailed design", "Diseño detallado"),
    INSTALLATION("Installation and configuration, initial testing and operation",
            "Instalación y configuración, pruebas y operación inicial"),
    OPERATIONAL_SUPPORT("Operational support", "Soporte operativo"),
    TERMINATION("Termination and hand-over to support", "Cierre y traspaso a soporte");

    private final String english;
    private final String spanish;

    ProjectPhase(String english, String spanish) {
        this.english = english;
        this.spanish = spanish;
    }

    /** Phase 1 to 5. */
    public int number() {
        return ordinal() + 1;
    }

    public String label(String language) {
        return "es".equals(language) ? spanish : english;
    }

    static ProjectPhase of(int number) {
        return values()[number - 1];
    }
}
