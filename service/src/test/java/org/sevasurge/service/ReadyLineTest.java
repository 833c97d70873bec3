package org.sevasurge.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ReadyLineTest {

    @Test
    void the_printed_line_is_recognised_with_its_base_url_even_behind_a_log_prefix_and_before_details() {
        String printed = ReadyLine.of("sevasurge-service", "http://127.0.0.1:41234") + " (database: embedded)";

        assertThat(ReadyLine.baseUrlIn("12:00:01 INFO " + printed))
                .as("whoever starts the program finds the URL it announced")
                .contains(URI.create("http://127.0.0.1:41234"));
        assertThat(("12:00:01 INFO " + printed).matches(ReadyLine.logLineRegex("sevasurge-service")))
                .as("a container's log wait matches the same line")
                .isTrue();
    }

    @Test
    void other_lines_and_other_programs_are_not_ready_lines() {
        assertThat(ReadyLine.baseUrlIn("starting embedded PostgreSQL on port 5432"))
                .isEmpty();
        assertThat(ReadyLine.of("sevasurge-mocks", "http://127.0.0.1:1")
                        .matches(ReadyLine.logLineRegex("sevasurge-service")))
                .isFalse();
    }
}
