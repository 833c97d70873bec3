package org.sevasurge.capacity.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * {@code index.html}: the report rendered by the precompiled JTE template {@code report/index.jte} with ECharts
 * inlined from its webjar and the report's data as JSON, so the file is self-contained and opens offline (no
 * network, no CDN). Thread-safe.
 */
public final class ReportHtml {
    /** The file name in {@code report/}. */
    public static final String FILE = "index.html";

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private ReportHtml() {}

    /** @return the page */
    public static String render(Report report) {
        ReportPage page = new ReportPage(
                report, echarts(), resource("report.js"), resource("report.css"), ReportJson.forScript(report));
        StringOutput out = new StringOutput();
        ENGINE.render("report/index.jte", page, out);
        return out.toString();
    }

    /** @return ECharts' minified script, from the webjar on the classpath */
    static String echarts() {
        String version = webjarVersion();
        String path = "/META-INF/resources/webjars/echarts/" + version + "/dist/echarts.min.js";
        // A script element ends at the first "</script" whatever the JavaScript around it means.
        return read(path).replace("</script", "<\\/script");
    }

    private static String webjarVersion() {
        try (InputStream in =
                ReportHtml.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the ECharts webjar (org.webjars.npm:echarts) is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        return read("/org/sevasurge/capacity/report/" + name);
    }

    private static String read(String path) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + ": not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
