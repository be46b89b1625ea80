package de.lagezentrum.briefing.media.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Time codes as typed on the media page. */
class TimeCodesTests {

    @Test
    void minutesAndSecondsWithOptionalHoursAndTenths() {
        assertThat(TimeCodes.parse("01:30")).hasValue(90);
        assertThat(TimeCodes.parse(" 1:02:05,5 ")).hasValue(3725.5);
        assertThat(TimeCodes.parse("75:00")).hasValue(4500);
        assertThat(TimeCodes.format(90.0)).isEqualTo("01:30");
        assertThat(TimeCodes.format(3725.5)).isEqualTo("1:02:05,5");
    }

    @Test
    void otherTextIsNoTimeCode() {
        assertThat(TimeCodes.parse("90")).isEmpty();
        assertThat(TimeCodes.parse("1:75")).isEmpty();
        assertThat(TimeCodes.parse("1:60:00")).isEmpty();
        assertThat(TimeCodes.parse("-0:10")).isEmpty();
        assertThat(TimeCodes.parse(null)).isEmpty();
    }
}
