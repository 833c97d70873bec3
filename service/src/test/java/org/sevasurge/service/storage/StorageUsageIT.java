package org.sevasurge.service.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.ServiceExtension;

class StorageUsageIT {

    @RegisterExtension
    static final ServiceExtension SERVICE = new ServiceExtension();

    @Test
    void metricsCountTheDocumentBytesWrittenAndTheDatabaseSizeForTheStorageRunway() {
        double before = metric("sevasurge_documents_written_bytes_total");
        byte[] first = SampleDocuments.pdf(40_000, 11);
        byte[] second = SampleDocuments.pdf(25_000, 12);

        assertThat(SERVICE.client()
                        .submit(SampleSubmissions.applicationJson("INC", "Runway Person"), first, second)
                        .statusCode())
                .isEqualTo(201);
        assertThat(SERVICE.client()
                        .submit(SampleSubmissions.applicationJson("RES", "Same Documents"), first, second)
                        .statusCode())
                .isEqualTo(201);

        assertThat(metric("sevasurge_documents_written_bytes_total") - before)
                .as("both new documents count once; the second application's identical documents add nothing")
                .isEqualTo(first.length + second.length);
        assertThat(metric("sevasurge_database_size_bytes"))
                .as("pg_database_size is read on a timer")
                .isPositive();
        assertThat(metric("system_cpu_count"))
                .as("the scraper turns the CPU share into cores with it")
                .isPositive();
    }

    private static double metric(String name) {
        String text = new String(SERVICE.client().get("/metrics").body(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$")
                .matcher(text);
        assertThat(m.find()).as("%s is exposed", name).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
