package nl.verhuurtoezicht.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.springframework.stereotype.Component;

/** Dates of the case as the process needs them: ISO durations for timers, ISO date-times (start of day, local zone). */
@Component
class ProcessTimes {

    private final Clock clock;

    ProcessTimes(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime().toString();
    }

    static String duration(Period period) {
        return period.toString();
    }
}
