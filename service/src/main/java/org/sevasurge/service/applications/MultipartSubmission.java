package org.sevasurge.service.applications;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sevasurge.service.http.DiskFull;
import org.sevasurge.service.http.Problem;
import org.sevasurge.service.http.ProblemException;

/**
 * The parts of a {@code multipart/form-data} submission: one JSON part named {@code application} and 1..6 parts
 * named {@code documents}. Documents stay in Jetty's parser (memory up to a threshold, then its temp files)
 * until they are streamed to the document volume.
 */
public final class MultipartSubmission {

    public static final String JSON_PART = "application";
    public static final String DOCUMENT_PART = "documents";
    public static final int MAX_DOCUMENTS = 6;
    public static final long MAX_DOCUMENT_BYTES = 2L * 1024 * 1024;

    /** Jetty's own ceilings sit above ours so that our checks, with their exact messages, normally fire first. */
    private static final long PARSER_MAX_PART_BYTES = 8L * MAX_DOCUMENT_BYTES;
    /** The largest submission body the service receives at all (see {@code BodyReceiver}). */
    public static final long MAX_REQUEST_BYTES = 2L * MAX_DOCUMENTS * MAX_DOCUMENT_BYTES + (1 << 20);

    private static final int PARSER_MEMORY_THRESHOLD_BYTES = 256 * 1024;
    private static final String JETTY_MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

    private final byte[] json;
    private final List<Part> documents;

    private MultipartSubmission(byte[] json, List<Part> documents) {
        this.json = json;
        this.documents = documents;
    }

    public byte[] json() {
        return json;
    }

    public List<Part> documents() {
        return documents;
    }

    /** Reads the parts, checking their names and count; throws a problem naming the part at fault. */
    public static MultipartSubmission read(Context ctx, Path spoolDirectory) throws IOException {
        if (!ctx.isMultipartFormData()) {
            throw ProblemException.invalidField(
                    415,
                    "Content-Type",
                    "must be multipart/form-data with a JSON part 'application' and 1 to 6 parts 'documents'");
        }
        ctx.req()
                .setAttribute(
                        JETTY_MULTIPART_CONFIG,
                        new MultipartConfigElement(
                                spoolDirectory.toString(),
                                PARSER_MAX_PART_BYTES,
                                MAX_REQUEST_BYTES,
                                PARSER_MEMORY_THRESHOLD_BYTES));
        Collection<Part> parts = parts(ctx);
        byte[] json = null;
        List<Part> documents = new ArrayList<>();
        for (Part part : parts) {
            String name = part.getName();
            if (JSON_PART.equals(name)) {
                if (json != null) {
                    throw ProblemException.invalidField(400, JSON_PART, "must appear once");
                }
                try (InputStream in = part.getInputStream()) {
                    json = in.readAllBytes();
                }
            } else if (DOCUMENT_PART.equals(name)) {
                documents.add(part);
            } else {
                throw ProblemException.invalidField(
                        400, name, "is not a known part; send 'application' (JSON) and 'documents' (files)");
            }
        }
        if (json == null) {
            throw ProblemException.invalidField(400, JSON_PART, "the JSON part 'application' is required");
        }
        if (documents.isEmpty() || documents.size() > MAX_DOCUMENTS) {
            throw ProblemException.invalidField(
                    400, DOCUMENT_PART, "1 to " + MAX_DOCUMENTS + " documents are required, got " + documents.size());
        }
        return new MultipartSubmission(json, documents);
    }

    private static Collection<Part> parts(Context ctx) throws IOException {
        try {
            return ctx.req().getParts();
        } catch (ServletException | IllegalStateException | IOException e) {
            if (DiskFull.isNoSpace(e)) {
                throw new ProblemException(
                        DiskFull.problem("documents", "the document volume is full"), DiskFull.RETRY_AFTER_SECONDS);
            }
            if (isTooLarge(e)) {
                throw new ProblemException(Problem.of(
                        "/problems/too-large",
                        "Payload too large",
                        413,
                        "a part or the whole request is larger than the service accepts: each document at most "
                                + MAX_DOCUMENT_BYTES + " bytes, at most " + MAX_DOCUMENTS + " documents"));
            }
            // Jetty's message names its own classes: say what is wrong in the service's words.
            throw ProblemException.invalidField(
                    400,
                    "body",
                    "not a readable multipart/form-data body: "
                            + org.sevasurge.service.http.ProblemErrorHandler.clean(String.valueOf(e.getMessage())));
        }
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("exceeds") || message.contains("too large") || message.contains("max")) {
                return true;
            }
        }
        return false;
    }
}
