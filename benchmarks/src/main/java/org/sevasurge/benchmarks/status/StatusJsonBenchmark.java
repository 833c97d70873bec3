package org.sevasurge.benchmarks.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.applications.ApplicationStatus;
import org.sevasurge.service.applications.ApplicationSummary;
import org.sevasurge.service.applications.ApplicationView;
import org.sevasurge.service.http.Json;

/*
 * What: serialising the status answer (ApplicationView, with four documents) the way the server does it:
 * Javalin's ctx.json calls the service's JsonMapper (Json.javalinMapper(), over Json.MAPPER) for a String, then
 * the response encodes it as UTF-8. Beside it, Json.MAPPER.writeValueAsBytes straight to bytes, the same JSON
 * without the String in between. For a just-submitted application and for an approved one (field report,
 * decision and certificate number added, the largest answer).
 *
 * Why: status checks are the hottest read (target 10,000/s); the JSON is the CPU part of each, beside one
 * primary-key SELECT. The documents, field report and decision are raw JSON text from PostgreSQL, written as
 * they are, so they cost a copy, not object mapping.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StatusJsonBenchmark extends SingleThreadRun {

    /** Four documents as PostgreSQL's json_agg(json_build_object(...)) writes them. */
    private static final String DOCUMENTS = "[{\"position\" : 0, \"sha256\" : \"%1$s\", \"sizeBytes\" : 153600, "
            + "\"contentType\" : \"application/pdf\"}, {\"position\" : 1, \"sha256\" : \"%1$s\", \"sizeBytes\" : "
            + "148211, \"contentType\" : \"image/jpeg\"}, {\"position\" : 2, \"sha256\" : \"%1$s\", \"sizeBytes\" : "
            + "161004, \"contentType\" : \"image/png\"}, {\"position\" : 3, \"sha256\" : \"%1$s\", \"sizeBytes\" : "
            + "139877, \"contentType\" : \"application/pdf\"}]";

    private static final String FIELD_REPORT = "{\"inspector\": \"RI-BALOD-07\", \"visitedOn\": \"2026-06-10\", "
            + "\"complete\": true, \"findings\": \"Residence and income confirmed with the sarpanch and neighbours; "
            + "land record khasra 112/3 matches.\", \"recommendation\": \"APPROVE\"}";
    private static final String DECISION = "{\"outcome\": \"APPROVED\", \"officer\": \"Tehsildar Balod\", "
            + "\"remarks\": \"Issued on the inspector's report.\"}";

    @Param({"SUBMITTED", "APPROVED"})
    public ApplicationStatus status;

    private JsonMapper serverMapper;
    private ApplicationView view;

    @Setup
    public void setUp() {
        serverMapper = Json.javalinMapper();
        OffsetDateTime submitted = OffsetDateTime.of(2026, 6, 1, 10, 0, 0, 123_456_000, ZoneOffset.UTC);
        boolean approved = status == ApplicationStatus.APPROVED;
        view = new ApplicationView(
                new ApplicationSummary(
                        "CG-INC-2026-0000123",
                        "INC",
                        status,
                        "LSK-0001",
                        "BALOD",
                        "Sunita Sahu",
                        submitted,
                        LocalDate.of(2026, 7, 1)),
                approved ? submitted.plusDays(12) : submitted,
                "9f2c1e8a4b7d6035e1f0a9c8b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8",
                approved ? "PAID" : "PENDING",
                String.format(DOCUMENTS, "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b"),
                approved ? FIELD_REPORT : null,
                approved ? DECISION : null,
                approved ? "CRT-INC-2026-0000123" : null,
                null);
    }

    @Benchmark
    public byte[] serverJson() {
        return serverMapper.toJsonString(view, ApplicationView.class).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] mapperBytes() throws JsonProcessingException {
        return Json.MAPPER.writeValueAsBytes(view);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include StatusJsonBenchmark
 *   java -jar benchmarks/target/benchmarks.jar StatusJsonBenchmark -p status=APPROVED -prof gc
 */
