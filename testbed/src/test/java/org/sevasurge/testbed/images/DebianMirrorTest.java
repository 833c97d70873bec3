package org.sevasurge.testbed.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebianMirrorTest {

    @Test
    void theMirrorServingTheSuiteIsTakenFromADeb822SourcesFileAndSecurityIsSkipped(@TempDir Path apt) throws Exception {
        Files.createDirectories(apt.resolve("sources.list.d"));
        Files.writeString(apt.resolve("sources.list.d/debian.sources"), """
                Types: deb
                URIs: http://deb.debian.org/debian-security
                Suites: bookworm-security
                Components: main

                Types: deb
                # a comment
                URIs: http://mirror.state.example/debian http://other.example/debian
                Suites: bookworm bookworm-updates
                Components: main
                """);
        assertThat(DebianMirror.fromAptSources(apt, "bookworm"))
                .as("the first URI of the stanza serving bookworm")
                .contains("http://mirror.state.example/debian");
    }

    @Test
    void aOneLineSourcesListIsReadWithItsOptions() {
        assertThat(DebianMirror.oneLine(
                        List.of(
                                "# deb http://old.example/debian bookworm main",
                                "deb [arch=amd64 signed-by=/k.gpg] http://mirror.example/debian bookworm main"),
                        "bookworm"))
                .contains("http://mirror.example/debian");
    }

    @Test
    void noMatchingSourceGivesNothingSoTheDefaultIsUsed(@TempDir Path apt) throws Exception {
        Files.writeString(apt.resolve("sources.list"), "deb http://archive.ubuntu.com/ubuntu jammy main\n");
        assertThat(DebianMirror.fromAptSources(apt, "bookworm")).isEmpty();
    }
}
