package org.sevasurge.capacity.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * {@code report.json}: the {@link Report} as JSON (schema {@code report.schema.json} beside this class). A value
 * that is not a finite number is written as null, never as the invalid {@code NaN}. Thread-safe.
 */
public final class ReportJson {
    /** The file name in {@code report/}. */
    public static final String FILE = "report.json";
    /** The JSON Schema's classpath resource. */
    public static final String SCHEMA_RESOURCE = "/org/sevasurge/capacity/report/report.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule()
                    .addSerializer(Double.class, new FiniteDoubles())
                    .addSerializer(double.class, new FiniteDoubles()));
    private static final ObjectMapper COMPACT = new ObjectMapper()
            .registerModule(new SimpleModule()
                    .addSerializer(Double.class, new FiniteDoubles())
                    .addSerializer(double.class, new FiniteDoubles()));

    private ReportJson() {}

    /** @return the report as indented JSON */
    public static String write(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the report", e);
        }
    }

    /** @return the report as one line of JSON, safe inside an HTML script element ({@code <} escaped) */
    static String forScript(Report report) {
        try {
            return COMPACT.writeValueAsString(report)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the report", e);
        }
    }

    private static final class FiniteDoubles extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
