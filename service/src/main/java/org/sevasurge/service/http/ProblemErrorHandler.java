package org.sevasurge.service.http;

import java.nio.ByteBuffer;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers as RFC 9457 problems instead of HTML: requests refused before they reach the
 * application, such as a malformed request line ({@code 400}), a URI too long ({@code 414}) or headers too large
 * ({@code 431}). The detail keeps Jetty's reason but never a Java class name. Thread-safe.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:\\$\\w+)*:?\\s*");

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String message = (String) request.getAttribute(ERROR_MESSAGE);
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        if (cause instanceof org.eclipse.jetty.http.HttpException http) {
            status = http.getCode();
            if (message == null) {
                message = http.getReason();
            }
        }
        if (status < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR_500;
        }
        response.setStatus(status);
        response.getHeaders().put(ERROR_CACHE_CONTROL);
        // Jetty closes the connection after refusing a request it could not read (a NUL in the path, a malformed
        // line), but without saying so; a keep-alive client then sends its next request down the closed
        // connection and fails with no answer at all. Saying it lets the client open a new one.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        String reason = HttpStatus.getMessage(status);
        String detail = message == null || message.isBlank() ? reason : clean(message);
        Problem problem = Problem.of("/problems/" + slug(reason), reason, status, detail);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(Json.bytes(problem)), callback);
        return true;
    }

    /** Jetty's message without class names (e.g. {@code org.eclipse.jetty.http.BadMessageException: }). */
    public static String clean(String message) {
        String cleaned = CLASS_NAME.matcher(message).replaceAll("").strip();
        return cleaned.isEmpty() ? "the request could not be read" : cleaned;
    }

    private static String slug(String reason) {
        return reason.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
