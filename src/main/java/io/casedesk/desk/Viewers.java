package io.casedesk.desk;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The staff member of the current request, with the zone and language they read in. */
@Component
public class Viewers {

    /** The Camunda user info that names a staff member's own time zone. */
    public static final String TIME_ZONE_INFO = "timeZone";

    private final IdentityService identityService;
    private final DeskProperties properties;

    Viewers(IdentityService identityService, DeskProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    public Viewer of(String login) {
        return new Viewer(login, zoneOf(login), language());
    }

    ZoneId zoneOf(String login) {
        if (login != null) {
            String zone = identityService.getUserInfo(login, TIME_ZONE_INFO);
            if (zone != null && !zone.isBlank()) {
                try {
                    return ZoneId.of(zone.strip());
                } catch (DateTimeException unknownZone) {
                    return properties.staffTimeZone();
                }
            }
        }
        return properties.staffTimeZone();
    }

    /** English or Spanish, as the browser asks. */
    public static Locale language() {
        Locale asked = LocaleContextHolder.getLocale();
        return "es".equals(asked.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }
}
